import type { CollectionName } from '@core/kernel/store/collections';
import type { DocStore } from '@core/kernel/store/doc-store';
import { PROJECTS_SEED, SERVICE_STAFF_SEED, serviceStaffUsersSeed, SERVICE_TEAMS_SEED } from './service-teams-seed';
import { STAFF_SEED, staffUsersSeed, TEAMS_SEED } from '@core/identity';
import { usersSeed } from '@core/identity';

/** What demo mode seeds about people: personas, demo staff, their teams and projects. Never real data. */
const demoDocIds = (): [CollectionName, string[]][] => [
  ['users', [...usersSeed(0), ...staffUsersSeed(0), ...serviceStaffUsersSeed(0)].map((u) => u.id)],
  ['staff', [...STAFF_SEED, ...SERVICE_STAFF_SEED].map((s) => s.id)],
  ['teams', [...TEAMS_SEED, ...SERVICE_TEAMS_SEED].map((t) => t.id)],
  ['projects', PROJECTS_SEED.map((p) => p.id)],
];

/** How many demo people documents a database still holds (0 for a production database). */
export const countDemoData = async (store: DocStore): Promise<number> => {
  let found = 0;
  for (const [collection, ids] of demoDocIds())
    for (let i = 0; i < ids.length; i += 100)
      found += await store.count(collection, { id: { in: ids.slice(i, i + 100) } });
  return found;
};

/** Removes them, so no demo persona or demo staff member can act in production. Returns how many went. */
export const purgeDemoData = async (store: DocStore): Promise<number> => {
  let removed = 0;
  for (const [collection, ids] of demoDocIds())
    for (const id of ids) if (await store.remove(collection, id)) removed += 1;
  return removed;
};
