import type { DocStore } from '@core/kernel/store/doc-store';
import { insertMissing } from '@core/kernel/store/seeding';
import { SERVICE_CATALOG_SEED } from '../seed/service-catalog-seed';

/** The service catalog (issue 4): its categories, each routed to its desk. */
export const seedServiceCatalog = (store: DocStore): Promise<void> =>
  insertMissing(
    SERVICE_CATALOG_SEED,
    (id) => store.get('service_categories', id),
    (doc) => store.insert('service_categories', doc),
  );
