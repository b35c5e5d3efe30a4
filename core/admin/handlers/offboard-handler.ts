import type { AdminHandler } from '../admin-actions';
import { OPEN_VISIT_STATUSES } from '@core/visits';
import type { StaffMember } from '@core/identity';

import { conflict, notFound } from '@core/kernel/errors';
import { inboxFilters } from '@core/tickets';
import type { DocStore } from '@core/kernel/store/doc-store';
import { staffViews } from './admin-staff-handlers';
import { noteAudit } from '@core/kernel/deps';

/** What still ties a person to the zone's work; offboarding waits until it is moved. */
const openWorkOf = async (store: DocStore, userId: string): Promise<string[]> => {
  const [projects, teams, tickets, visits] = await Promise.all([
    store.count('projects', { leaderUserId: userId }),
    store.count('teams', { leaderUserId: userId }),
    store.count('tickets', inboxFilters.mine(userId)),
    store.count('visits', { hostUserId: userId, status: { in: OPEN_VISIT_STATUSES } }),
  ]);
  return [
    ...(projects ? [`负责 ${projects} 个项目`] : []),
    ...(teams ? [`负责 ${teams} 个团队`] : []),
    ...(tickets ? [`经办 ${tickets} 件未办结工单`] : []),
    ...(visits ? [`接待 ${visits} 个未完成考察`] : []),
  ];
};

/** 离职: the record stays for the history it owns; the person leaves their teams and loses staff roles. */
export const offboard: AdminHandler<'admin.staff.offboard'> = async ({ staffUserId }, ctx) => {
  const { store } = ctx.deps;
  const staff = await store.get('staff', staffUserId);
  if (!staff) throw notFound('人员不存在');
  noteAudit(ctx, { target: `staff/${staffUserId}` });
  if (staff.status === 'left') throw conflict('此人已离职');
  const ties = await openWorkOf(store, staffUserId);
  if (ties.length > 0) throw conflict(`请先移交：${ties.join('，')}`);
  const [before] = await staffViews(store, [staff]);
  const teams = (await store.find('teams', { where: { memberIds: { has: staffUserId } }, limit: 100 })).items;
  noteAudit(ctx, {
    target: `staff/${staffUserId}`,
    before,
    after: { status: 'left', isActive: false, leftTeamIds: teams.map((t) => t.id), rolesRemoved: ['staff', 'leader'] },
  });
  await store.transaction(async (tx) => {
    const member = await tx.get('staff', staffUserId);
    if (!member) throw notFound('人员不存在');
    await tx.update('staff', staffUserId, member.version, { status: 'left', isActive: false });
    for (const team of teams) {
      const fresh = await tx.get('teams', team.id);
      if (fresh) {
        await tx.update('teams', team.id, fresh.version, {
          memberIds: fresh.memberIds.filter((id) => id !== staffUserId),
        });
      }
    }
    const user = await tx.get('users', staffUserId);
    if (user) {
      const roles = user.roles.filter((r) => r !== 'staff' && r !== 'leader');
      await tx.update('users', user.id, user.version, { roles: roles.length ? roles : ['visitor'] });
    }
  });
  const [after] = await staffViews(store, [(await store.get('staff', staffUserId)) as StaffMember]);
  return after as NonNullable<typeof after>;
};
