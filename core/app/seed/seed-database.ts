import type { CollectionName, DocOf } from '@core/kernel/store/collections';
import { DEFAULT_VISIT_SETTINGS, type CalendarSettings } from '@core/settings';
import type { DocStore } from '@core/kernel/store/doc-store';
import { articlesSeed } from '@core/catalog';
import { FACTORIES_SEED } from '@core/catalog';
import { INDUSTRIES_SEED } from '@core/catalog';
import { PARKS_SEED } from '@core/catalog';
import { SERVICE_CATALOG_SEED } from '@core/tickets';
import { PROJECTS_SEED, SERVICE_STAFF_SEED, serviceStaffUsersSeed, SERVICE_TEAMS_SEED } from './service-teams-seed';
import { STAFF_SEED, staffUsersSeed, TEAMS_SEED } from '@core/identity';
import { usersSeed } from '@core/identity';
import { ZONE_SEED } from '@core/catalog';
import { PROJECT_TEMPLATES_SEED, SCREENING_ITEMS_SEED } from '@core/projects';
import { seedMarkers } from './seed-marker-repo';

/** No office closures yet; the official calendar applies as published. */
const CALENDAR_SEED: CalendarSettings = { id: 'calendar', version: 1, overrides: [] };

export type { SeedMarker } from './seed-marker-repo';

export interface SeedOptions {
  /** The 体验身份 personas exist only in the local demo stack, never in production. */
  withDemoUsers: boolean;
}

/**
 * Catalogues added after a zone may already have been seeded (the service catalog of issue 4):
 * each is loaded once under its own marker, so an environment that went live before it still gets
 * it, and what the office edits afterwards is never overwritten. Not people: seeded everywhere.
 */
type LateAddition<C extends CollectionName> = { marker: string; collection: C; docs: DocOf<C>[] };
const lateAddition = <C extends CollectionName>(addition: LateAddition<C>) => addition;

const LATE_ADDITIONS = [
  lateAddition({ marker: 'seed-service-catalog', collection: 'service_categories', docs: SERVICE_CATALOG_SEED }),
  // C6: the default 倒排工期 template (its durations and sources in core/projects/project-template.ts).
  lateAddition({ marker: 'seed-project-templates', collection: 'project_templates', docs: PROJECT_TEMPLATES_SEED }),
  // C6: the green-screening checklist, every item 待区办核定 (sources in core/projects/screening/screening-seed.ts).
  lateAddition({ marker: 'seed-screening-items', collection: 'screening_items', docs: SCREENING_ITEMS_SEED }),
];

const insertMissing = async <C extends CollectionName>(store: DocStore, collection: C, docs: readonly DocOf<C>[]) => {
  for (const doc of docs) {
    // A half-finished earlier seed may have written some documents already.
    if (!(await store.get(collection, doc.id))) await store.insert(collection, doc);
  }
};

const seedLateAdditions = async (store: DocStore, now: number): Promise<boolean> => {
  let seeded = false;
  for (const addition of LATE_ADDITIONS) {
    if (await seedMarkers(store).isSeeded(addition.marker)) continue;
    await insertMissing(store, addition.collection, addition.docs);
    await seedMarkers(store).markSeeded(addition.marker, now);
    seeded = true;
  }
  return seeded;
};

/**
 * Loads the catalogue from the zone's article (and, in demo mode, the personas) once. A marker
 * document records that seeding finished, so a restart never duplicates or overwrites what the
 * office has since edited. Returns whether it seeded anything.
 */
export const seedDatabase = async (store: DocStore, now: number, options: SeedOptions): Promise<boolean> => {
  if (await seedMarkers(store).isSeeded('seed')) return seedLateAdditions(store, now);
  await insertMissing(store, 'industries', INDUSTRIES_SEED);
  await insertMissing(store, 'parks', PARKS_SEED);
  await insertMissing(store, 'factories', FACTORIES_SEED);
  await insertMissing(store, 'articles', articlesSeed(now));
  await insertMissing(store, 'settings', [ZONE_SEED, DEFAULT_VISIT_SETTINGS, CALENDAR_SEED]);
  if (options.withDemoUsers) {
    await insertMissing(store, 'users', [...usersSeed(now), ...staffUsersSeed(now), ...serviceStaffUsersSeed(now)]);
    // Teams name real people; in production the office sets them up, so only the demo has them.
    await insertMissing(store, 'staff', [...STAFF_SEED, ...SERVICE_STAFF_SEED]);
    await insertMissing(store, 'teams', [...TEAMS_SEED, ...SERVICE_TEAMS_SEED]);
    await insertMissing(store, 'projects', PROJECTS_SEED);
  }
  await seedMarkers(store).markSeeded('seed', now);
  await seedLateAdditions(store, now);
  return true;
};
