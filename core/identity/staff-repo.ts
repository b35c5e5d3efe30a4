import type { Invite } from './invite';
import type { StaffMember, Team } from './staff';
import type { User } from '@core/kernel/caller';
import type { DocStore, TxStore } from '@core/kernel/store/doc-store';

/** Teams per user are few; these bounds are far above any real team structure. */
const MAX_TEAMS = 100;

export const staffRepo = (store: DocStore) => ({
  inviteByCode: async (code: string): Promise<Invite | null> =>
    (await store.find('invites', { where: { code }, limit: 1 })).items[0] ?? null,

  inviteById: (id: string): Promise<Invite | null> => store.get('invites', id),

  receptionTeamOf: async (parkId: string): Promise<Team | null> =>
    (await store.find('teams', { where: { parkId, kind: 'park_reception' }, limit: 1 })).items[0] ?? null,

  /** Teams the user belongs to or leads. */
  teamsOf: async (userId: string): Promise<Team[]> => {
    const [asMember, asLeader] = await Promise.all([
      store.find('teams', { where: { memberIds: { has: userId } }, limit: MAX_TEAMS }),
      store.find('teams', { where: { leaderUserId: userId }, limit: MAX_TEAMS }),
    ]);
    const byId = new Map([...asMember.items, ...asLeader.items].map((t) => [t.id, t]));
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  },

  teamById: (id: string): Promise<Team | null> => store.get('teams', id),

  /** The teams a person is a member of (not those they only lead). */
  teamsWithMember: async (userId: string): Promise<Team[]> =>
    (await store.find('teams', { where: { memberIds: { has: userId } }, limit: MAX_TEAMS })).items,

  countTeamsLedBy: (userId: string): Promise<number> => store.count('teams', { leaderUserId: userId }),

  userById: (id: string): Promise<User | null> => store.get('users', id),
  teamsByIds: async (ids: readonly string[]): Promise<Team[]> =>
    ids.length === 0
      ? []
      : (await store.find('teams', { where: { id: { in: [...new Set(ids)] } }, limit: Math.min(ids.length, 1000) }))
          .items,

  /** The zone's first duty desk (值班台), the last step of routing unless the rules name another. */
  firstDutyDesk: async (): Promise<Team | null> =>
    (await store.find('teams', { where: { kind: 'duty_desk' }, orderBy: { field: 'id', dir: 'asc' }, limit: 1 }))
      .items[0] ?? null,

  /** A staff member's record (active or not, on leave or not) by their user id. */
  staffMember: (userId: string): Promise<StaffMember | null> => store.get('staff', userId),

  /** People by account id (names and phones for a project's leader and team). */
  usersByIds: async (ids: readonly string[]): Promise<User[]> =>
    ids.length === 0
      ? []
      : (await store.find('users', { where: { id: { in: ids } }, limit: Math.min(ids.length, 1000) })).items,

  /** Every team (the office's view), at most a page of the store's largest size. */
  allTeams: async (): Promise<Team[]> =>
    (await store.find('teams', { orderBy: { field: 'id', dir: 'asc' }, limit: 1000 })).items,

  staffByIds: async (ids: readonly string[]): Promise<StaffMember[]> =>
    ids.length === 0
      ? []
      : (await store.find('staff', { where: { id: { in: ids } }, limit: Math.min(ids.length, 1000) })).items,
});

/** The office saves a team: its fields over the version it read, or a new team under `id`. */
export const saveTeamFields = async (
  tx: TxStore,
  existing: Team | null,
  id: string,
  fields: Pick<Team, 'name' | 'kind' | 'parkId' | 'leaderUserId' | 'memberIds'>,
): Promise<void> => {
  if (existing) await tx.update('teams', existing.id, existing.version, fields);
  else await tx.insert('teams', { id, version: 1, ...fields });
};

/** A team as it is now, read inside the caller's transaction. */
export const teamInTx = (tx: TxStore, id: string): Promise<Team | null> => tx.get('teams', id);

/** Round robin (visits and tickets alike): the person just given work goes to the back of the queue. */
export const markAssigned = async (tx: TxStore, userId: string, now: number): Promise<void> => {
  const staff = await tx.get('staff', userId);
  if (staff) await tx.update('staff', staff.id, staff.version, { lastAssignedAt: now });
};
