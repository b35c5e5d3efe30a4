import { DEFAULT_VISIT_SETTINGS, type CalendarSettings } from '@core/settings';
import type { DocStore, StoredDoc } from '@core/kernel/store/doc-store';
import { articlesSeed } from '@core/catalog';
import { FACTORIES_SEED } from '@core/catalog';
import { INDUSTRIES_SEED } from '@core/catalog';
import { PARKS_SEED } from '@core/catalog';
import { SERVICE_CATALOG_SEED } from '@core/tickets';
import { PROJECTS_SEED, SERVICE_STAFF_SEED, serviceStaffUsersSeed, SERVICE_TEAMS_SEED } from './service-teams-seed';
import { STAFF_SEED, staffUsersSeed, TEAMS_SEED } from '@core/identity';
import { usersSeed } from '@core/identity';
import { ZONE_SEED } from '@core/catalog';
import { PROJECT_TEMPLATES_SEED } from '@core/projects';

/** No office closures yet; the official calendar applies as published. */
const CALENDAR_SEED: CalendarSettings = { id: 'calendar', version: 1, overrides: [] };

interface SeedMarker extends StoredDoc {
  seededAt: number;
}

export interface SeedOptions {
  /** The 体验身份 personas exist only in the local demo stack, never in production. */
  withDemoUsers: boolean;
}

/**
 * Catalogues added after a zone may already have been seeded (the service catalog of issue 4):
 * each is loaded once under its own marker, so an environment that went live before it still gets
 * it, and what the office edits afterwards is never overwritten. Not people: seeded everywhere.
 */
const LATE_ADDITIONS: { marker: string; collection: string; docs: StoredDoc[] }[] = [
  { marker: 'seed-service-catalog', collection: 'service_categories', docs: SERVICE_CATALOG_SEED },
  // C6: the default 倒排工期 template (its durations and sources in core/projects/project-template.ts).
  { marker: 'seed-project-templates', collection: 'project_templates', docs: PROJECT_TEMPLATES_SEED },
];

const insertMissing = async (store: DocStore, collection: string, docs: readonly StoredDoc[]) => {
  for (const doc of docs) {
    // A half-finished earlier seed may have written some documents already.
    if (!(await store.get(collection, doc.id))) await store.insert(collection, doc);
  }
};

const seedLateAdditions = async (store: DocStore, now: number): Promise<boolean> => {
  let seeded = false;
  for (const addition of LATE_ADDITIONS) {
    if (await store.get<SeedMarker>('settings', addition.marker)) continue;
    await insertMissing(store, addition.collection, addition.docs);
    await store.insert<SeedMarker>('settings', { id: addition.marker, version: 1, seededAt: now });
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
  if (await store.get<SeedMarker>('settings', 'seed')) return seedLateAdditions(store, now);
  const batches: [string, StoredDoc[]][] = [
    ['industries', INDUSTRIES_SEED],
    ['parks', PARKS_SEED],
    ['factories', FACTORIES_SEED],
    ['articles', articlesSeed(now)],
    ['settings', [ZONE_SEED, DEFAULT_VISIT_SETTINGS, CALENDAR_SEED]],
    ['users', options.withDemoUsers ? [...usersSeed(now), ...staffUsersSeed(now), ...serviceStaffUsersSeed(now)] : []],
    // Teams name real people; in production the office sets them up, so only the demo has them.
    ['staff', options.withDemoUsers ? [...STAFF_SEED, ...SERVICE_STAFF_SEED] : []],
    ['teams', options.withDemoUsers ? [...TEAMS_SEED, ...SERVICE_TEAMS_SEED] : []],
    ['projects', options.withDemoUsers ? PROJECTS_SEED : []],
  ];
  for (const [collection, docs] of batches) await insertMissing(store, collection, docs);
  await store.insert<SeedMarker>('settings', { id: 'seed', version: 1, seededAt: now });
  await seedLateAdditions(store, now);
  return true;
};
