import type { AdminHandler } from '../admin-actions';
import type { StaffAdminView } from '../admin-actions';
import { staffAdminWrites, staffRepo, type StaffMember, type Team } from '@core/identity';
import { conflict, everyFound, invalidInput, notFound } from '@core/kernel/errors';
import { adminRepo, toStaffAdminView } from '../admin-repo';
import type { DocStore } from '@core/kernel/store/doc-store';
import { noteAudit } from '@core/kernel/deps';

/** Views of a page of staff, from three reads: their accounts, every team, their backups' names. */
export const staffViews = async (store: DocStore, staff: readonly StaffMember[]): Promise<StaffAdminView[]> => {
  const repo = adminRepo(store);
  const backupIds = staff.flatMap((s) => (s.backupUserId ? [s.backupUserId] : []));
  const [users, teams, backups] = await Promise.all([
    repo.usersByIds(staff.map((s) => s.userId)),
    repo.allTeams(),
    repo.staffByIds(backupIds),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const names = new Map([...staff, ...backups].map((s) => [s.userId, s.name]));
  return staff.map((s) => toStaffAdminView(s, userById.get(s.userId), teams, names));
};

const staffViewOf = async (store: DocStore, userId: string): Promise<StaffAdminView> => {
  const staff = await staffRepo(store).staffMember(userId);
  if (!staff) throw notFound('人员不存在');
  const [view] = await staffViews(store, [staff]);
  return view as StaffAdminView;
};

export const listStaff: AdminHandler<'admin.staff.list'> = async ({ query, limit, cursor }, { deps }) => {
  const page = await adminRepo(deps.store).staffPage(query, { limit, cursor });
  return { items: await staffViews(deps.store, page.items), next: page.next };
};

const teamsOrFail = async (store: DocStore, teamIds: readonly string[]): Promise<Team[]> => {
  const people = staffRepo(store);
  return everyFound(await Promise.all(teamIds.map((id) => people.teamById(id))), 'teamIds', '所选团队不存在');
};

/** The office registers a person before they have the app: pending, in their teams, not routed to until bound. */
export const preregister: AdminHandler<'admin.staff.preregister'> = async (input, ctx) => {
  const { store, ids } = ctx.deps;
  await teamsOrFail(store, input.teamIds);
  if (input.backupUserId && !(await staffRepo(store).staffMember(input.backupUserId))) {
    throw invalidInput('backupUserId', 'AB岗人员不存在');
  }
  const userId = `u-s-${ids.newId()}`;
  const member: StaffMember = {
    id: userId,
    version: 1,
    userId,
    name: input.name,
    title: input.title,
    skills: input.skills,
    isActive: false,
    isOnLeave: false,
    backupUserId: input.backupUserId,
    lastAssignedAt: null,
    status: 'pending',
    mobile: input.mobile,
    grantRoles: input.roles,
    leaveFrom: null,
    leaveTo: null,
    handoverNote: null,
  };
  // Noted before the write: the audit record commits in the same transaction.
  const { id: _id, version: _v, ...fields } = member;
  noteAudit(ctx, { target: `staff/${userId}`, before: null, after: { ...fields, teamIds: input.teamIds } });
  await store.transaction((tx) => staffAdminWrites(tx).registerStaff(member, input.teamIds));
  return staffViewOf(store, userId);
};

/** Leave with a named backup (AB岗): routing sends the person's new work to the backup meanwhile. */
export const setLeave: AdminHandler<'admin.staff.setLeave'> = async (input, ctx) => {
  const { store } = ctx.deps;
  const people = staffRepo(store);
  const staff = await people.staffMember(input.staffUserId);
  if (!staff) throw notFound('人员不存在');
  if (input.backupUserId !== null) {
    if (input.backupUserId === staff.userId) throw invalidInput('backupUserId', 'AB岗不能是本人');
    const backup = await people.staffMember(input.backupUserId);
    if (!backup || !backup.isActive) throw invalidInput('backupUserId', 'AB岗须为在岗人员');
    if (input.isOnLeave && backup.isOnLeave) throw conflict('AB岗人员也在休假，请另选');
  }
  const patch = {
    isOnLeave: input.isOnLeave,
    backupUserId: input.backupUserId,
    leaveFrom: input.isOnLeave ? input.leaveFrom : null,
    leaveTo: input.isOnLeave ? input.leaveTo : null,
    handoverNote: input.handoverNote,
  };
  const before = {
    isOnLeave: staff.isOnLeave,
    backupUserId: staff.backupUserId,
    leaveFrom: staff.leaveFrom ?? null,
    leaveTo: staff.leaveTo ?? null,
    handoverNote: staff.handoverNote ?? null,
  };
  noteAudit(ctx, { target: `staff/${staff.userId}`, before, after: patch });
  await store.transaction((tx) => staffAdminWrites(tx).changeStaff(staff, patch));
  return staffViewOf(store, staff.userId);
};
