import type { DocStore } from '@core/kernel/store/doc-store';
import type { SeededDocs } from '@core/kernel/store/seeding';
import { PROJECTS_SEED, SERVICE_STAFF_SEED, serviceStaffUsersSeed, SERVICE_TEAMS_SEED } from './service-teams-seed';
import { seededPeople, STAFF_SEED, staffUsersSeed, TEAMS_SEED, usersSeed, type PeopleSeed } from '@core/identity';
import { seededDemoProjects } from '@core/projects';

/** The demo's people: personas, demo staff and their teams (the park teams, the desks, the project teams). */
export const demoPeople = (seededAt: number): PeopleSeed => ({
  users: [...usersSeed(seededAt), ...staffUsersSeed(seededAt), ...serviceStaffUsersSeed(seededAt)],
  staff: [...STAFF_SEED, ...SERVICE_STAFF_SEED],
  teams: [...TEAMS_SEED, ...SERVICE_TEAMS_SEED],
});

/** What demo mode seeds about people: personas, demo staff, their teams and projects. Never real data. */
const demoDocs = (store: DocStore): SeededDocs[] => [
  ...seededPeople(store, demoPeople(0)),
  seededDemoProjects(store, PROJECTS_SEED),
];

/** How many demo people documents a database still holds (0 for a production database). */
export const countDemoData = async (store: DocStore): Promise<number> => {
  let found = 0;
  for (const docs of demoDocs(store))
    for (let i = 0; i < docs.ids.length; i += 100) found += await docs.count(docs.ids.slice(i, i + 100));
  return found;
};

/** Removes them, so no demo persona or demo staff member can act in production. Returns how many went. */
export const purgeDemoData = async (store: DocStore): Promise<number> => {
  let removed = 0;
  for (const docs of demoDocs(store)) for (const id of docs.ids) if (await docs.remove(id)) removed += 1;
  return removed;
};
