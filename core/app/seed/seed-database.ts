import type { DocStore } from '@core/kernel/store/doc-store';
import { seedCatalog } from '@core/catalog';
import { seedSettings } from '@core/settings';
import { seedServiceCatalog } from '@core/tickets';
import { seedPeople } from '@core/identity';
import { demoPeople } from './demo-data';
import { seedDemoProjects, seedProjectTemplates, seedScreeningItems } from '@core/projects';
import { seedMarkers } from './seed-marker-repo';
import { PROJECTS_SEED } from './service-teams-seed';

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
const LATE_ADDITIONS: { marker: string; seed: (store: DocStore) => Promise<void> }[] = [
  { marker: 'seed-service-catalog', seed: seedServiceCatalog },
  { marker: 'seed-project-templates', seed: seedProjectTemplates },
  { marker: 'seed-screening-items', seed: seedScreeningItems },
];

const seedLateAdditions = async (store: DocStore, now: number): Promise<boolean> => {
  let seeded = false;
  for (const addition of LATE_ADDITIONS) {
    if (await seedMarkers(store).isSeeded(addition.marker)) continue;
    await addition.seed(store);
    await seedMarkers(store).markSeeded(addition.marker, now);
    seeded = true;
  }
  return seeded;
};

/**
 * Loads the catalogue from the zone's article (and, in demo mode, the personas) once, each feature
 * through its own repository. A marker document records that seeding finished, so a restart never
 * duplicates or overwrites what the office has since edited. Returns whether it seeded anything.
 */
export const seedDatabase = async (store: DocStore, now: number, options: SeedOptions): Promise<boolean> => {
  if (await seedMarkers(store).isSeeded('seed')) return seedLateAdditions(store, now);
  await seedCatalog(store, now);
  await seedSettings(store);
  if (options.withDemoUsers) {
    // Teams name real people; in production the office sets them up, so only the demo has them.
    await seedPeople(store, demoPeople(now));
    await seedDemoProjects(store, PROJECTS_SEED);
  }
  await seedMarkers(store).markSeeded('seed', now);
  await seedLateAdditions(store, now);
  return true;
};
