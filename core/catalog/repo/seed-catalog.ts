import type { DocStore } from '@core/kernel/store/doc-store';
import { insertMissing } from '@core/kernel/store/seeding';
import { articlesSeed } from '../seed/articles-seed';
import { FACTORIES_SEED } from '../seed/factories-seed';
import { INDUSTRIES_SEED } from '../seed/industries-seed';
import { PARKS_SEED } from '../seed/parks-seed';
import { ZONE_SEED } from '../seed/zone-seed';

/** The zone's catalogue from its article: industries, parks, factory units, 动态 and the zone profile. */
export const seedCatalog = async (store: DocStore, now: number): Promise<void> => {
  await insertMissing(
    INDUSTRIES_SEED,
    (id) => store.get('industries', id),
    (doc) => store.insert('industries', doc),
  );
  await insertMissing(
    PARKS_SEED,
    (id) => store.get('parks', id),
    (doc) => store.insert('parks', doc),
  );
  await insertMissing(
    FACTORIES_SEED,
    (id) => store.get('factories', id),
    (doc) => store.insert('factories', doc),
  );
  await insertMissing(
    articlesSeed(now),
    (id) => store.get('articles', id),
    (doc) => store.insert('articles', doc),
  );
  await insertMissing(
    [ZONE_SEED],
    (id) => store.get('settings', id),
    (doc) => store.insert('settings', doc),
  );
};
