import { directoryPages, staffRepo } from '@core/identity';
import type { StaffAdminView, TeamAdminView } from './admin-actions';
import type { Invite } from '@core/identity';
import { maskPhone } from '@core/kernel/mask';
import type { StaffMember, Team } from '@core/identity';
import type { User } from '@core/kernel/caller';
import type { DocStore, Page } from '@core/kernel/store/doc-store';

/** The zone has a few dozen teams; admin views name them from one read. */
const MAX_TEAMS = 200;

export interface PageRequest {
  limit: number;
  cursor?: string | null;
}

export const adminRepo = (store: DocStore) => {
  const directory = directoryPages(store);
  const staff = staffRepo(store);
  return {
    staffPage: (query: string, page: PageRequest): Promise<Page<StaffMember>> => directory.staffPage(query, page),
    teamsPage: (query: string, page: PageRequest): Promise<Page<Team>> => directory.teamsPage(query, page),
    allTeams: (): Promise<Team[]> => directory.teamsUpTo(MAX_TEAMS),
    usersByIds: (ids: readonly string[]): Promise<User[]> => staff.usersByIds([...new Set(ids)]),
    staffByIds: (ids: readonly string[]): Promise<StaffMember[]> => staff.staffByIds([...new Set(ids)]),
    invitesOf: (staffUserId: string, page: PageRequest): Promise<Page<Invite>> =>
      directory.invitesOf(staffUserId, page),
  };
};

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
