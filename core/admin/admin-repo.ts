import { staffRepo } from '@core/identity';
import type { StaffAdminView, TeamAdminView } from './admin-actions';
import type { Invite } from '@core/identity';
import { maskPhone } from '@core/kernel/mask';
import type { StaffMember, Team } from '@core/identity';
import type { User } from '@core/kernel/caller';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';

/** The zone has a few dozen teams; admin views name them from one read. */
const MAX_TEAMS = 200;

export interface PageRequest {
  limit: number;
  cursor?: string | null;
}

const nameFilter = (query: string): Filter => (query ? { name: { contains: query } } : {});

export const adminRepo = (store: DocStore) => ({
  staffPage: (query: string, page: PageRequest): Promise<Page<StaffMember>> =>
    store.find('staff', {
      where: nameFilter(query),
      orderBy: { field: 'id', dir: 'asc' },
      limit: page.limit,
      after: page.cursor ?? null,
    }),

  teamsPage: (query: string, page: PageRequest): Promise<Page<Team>> =>
    store.find('teams', {
      where: nameFilter(query),
      orderBy: { field: 'id', dir: 'asc' },
      limit: page.limit,
      after: page.cursor ?? null,
    }),

  allTeams: async (): Promise<Team[]> => (await store.find('teams', { limit: MAX_TEAMS })).items,

  usersByIds: async (ids: readonly string[]): Promise<User[]> =>
    ids.length === 0
      ? []
      : (
          await store.find('users', {
            where: { id: { in: [...new Set(ids)] } },
            limit: Math.min(ids.length, 1000),
          })
        ).items,

  staffByIds: async (ids: readonly string[]): Promise<StaffMember[]> =>
    ids.length === 0
      ? []
      : (
          await store.find('staff', {
            where: { id: { in: [...new Set(ids)] } },
            limit: Math.min(ids.length, 1000),
          })
        ).items,

  inviteByCode: (code: string): Promise<Invite | null> => staffRepo(store).inviteByCode(code),

  invitesOf: (staffUserId: string, page: PageRequest): Promise<Page<Invite>> =>
    store.find('invites', {
      where: { staffUserId },
      orderBy: { field: 'createdAt', dir: 'desc' },
      limit: page.limit,
      after: page.cursor ?? null,
    }),
});

/** The admin's view of a person: roles from their account once bound, else the roles they will get. */
export const toStaffAdminView = (
  staff: StaffMember,
  user: User | undefined,
  teams: readonly Team[],
  names: ReadonlyMap<string, string>,
): StaffAdminView => ({
  userId: staff.userId,
  name: staff.name,
  title: staff.title,
  mobile: maskPhone(staff.mobile ?? user?.phone ?? null),
  status: staff.status ?? (staff.isActive ? 'active' : 'left'),
  roles: user ? user.roles : (staff.grantRoles ?? ['staff']),
  skills: staff.skills,
  teamNames: teams.filter((t) => t.memberIds.includes(staff.userId)).map((t) => t.name),
  isOnLeave: staff.isOnLeave,
  leaveFrom: staff.leaveFrom ?? null,
  leaveTo: staff.leaveTo ?? null,
  backupUserId: staff.backupUserId,
  backupName: staff.backupUserId ? (names.get(staff.backupUserId) ?? null) : null,
  handoverNote: staff.handoverNote ?? null,
});

export const toTeamAdminView = (
  team: Team,
  names: ReadonlyMap<string, string>,
  categoryIds: string[],
): TeamAdminView => ({
  id: team.id,
  name: team.name,
  kind: team.kind,
  parkId: team.parkId,
  leaderUserId: team.leaderUserId,
  leaderName: names.get(team.leaderUserId) ?? null,
  memberIds: team.memberIds,
  memberNames: team.memberIds.map((id) => names.get(id) ?? id),
  categoryIds,
});
