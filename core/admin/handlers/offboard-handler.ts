import type { AdminHandler } from '../admin-actions';
import { hostedVisits } from '@core/visits';
import { staffAdminWrites, staffRepo, type StaffMember } from '@core/identity';

import { conflict, notFound } from '@core/kernel/errors';
import { ticketRepo } from '@core/tickets';
import { projectRepo } from '@core/projects';
import type { DocStore } from '@core/kernel/store/doc-store';
import { staffViews } from './admin-staff-handlers';
import { noteAudit } from '@core/kernel/deps';

/** What still ties a person to the zone's work; offboarding waits until it is moved. */
const openWorkOf = async (store: DocStore, userId: string): Promise<string[]> => {
  const [projects, teams, tickets, visits] = await Promise.all([
    projectRepo(store).countLedBy(userId),
    staffRepo(store).countTeamsLedBy(userId),
    ticketRepo(store).openLoadOf(userId),
    hostedVisits(store).openCount(userId),
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
  const people = staffRepo(store);
  const staff = await people.staffMember(staffUserId);
  if (!staff) throw notFound('人员不存在');
  noteAudit(ctx, { target: `staff/${staffUserId}` });
  if (staff.status === 'left') throw conflict('此人已离职');
  const ties = await openWorkOf(store, staffUserId);
  if (ties.length > 0) throw conflict(`请先移交：${ties.join('，')}`);
  const [before] = await staffViews(store, [staff]);
  const teamIds = (await people.teamsWithMember(staffUserId)).map((t) => t.id);
  noteAudit(ctx, {
    target: `staff/${staffUserId}`,
    before,
    after: { status: 'left', isActive: false, leftTeamIds: teamIds, rolesRemoved: ['staff', 'leader'] },
  });
  await store.transaction((tx) => staffAdminWrites(tx).offboard(staffUserId, teamIds));
  const [after] = await staffViews(store, [(await people.staffMember(staffUserId)) as StaffMember]);
  return after as NonNullable<typeof after>;
};
