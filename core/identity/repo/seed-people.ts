import type { StaffMember, Team } from '../staff';
import type { User } from '@core/kernel/caller';
import type { DocStore } from '@core/kernel/store/doc-store';
import { insertMissing, type SeededDocs } from '@core/kernel/store/seeding';

export interface PeopleSeed {
  users: readonly User[];
  staff: readonly StaffMember[];
  teams: readonly Team[];
}

/** The demo's people (体验数据, never in production): accounts, staff records and the teams naming them. */
export const seedPeople = async (store: DocStore, people: PeopleSeed): Promise<void> => {
  await insertMissing(
    people.users,
    (id) => store.get('users', id),
    (doc) => store.insert('users', doc),
  );
  await insertMissing(
    people.staff,
    (id) => store.get('staff', id),
    (doc) => store.insert('staff', doc),
  );
  await insertMissing(
    people.teams,
    (id) => store.get('teams', id),
    (doc) => store.insert('teams', doc),
  );
};

/** The same people's documents, to count and purge (no demo persona may act in production). */
export const seededPeople = (store: DocStore, people: PeopleSeed): SeededDocs[] => [
  {
    ids: people.users.map((u) => u.id),
    count: (ids) => store.count('users', { id: { in: ids } }),
    remove: (id) => store.remove('users', id),
  },
  {
    ids: people.staff.map((s) => s.id),
    count: (ids) => store.count('staff', { id: { in: ids } }),
    remove: (id) => store.remove('staff', id),
  },
  {
    ids: people.teams.map((t) => t.id),
    count: (ids) => store.count('teams', { id: { in: ids } }),
    remove: (id) => store.remove('teams', id),
  },
];
