import type { ActionInput } from '@core/app/contract/actions';
import type { Envelope } from '@core/kernel/errors';
import type { DocStore } from '@core/kernel/store';
import { dataOf, type As } from './dispatch-kit';

type Send = <A extends 'admin.teams.save' | 'admin.staff.preregister' | 'admin.invites.issue'>(
  as: As,
  action: A,
  input: ActionInput<A>,
) => Promise<Envelope<unknown>>;

/** A category desk for 项目备案 with 孙专员 in it, led by 钱主任. */
export const deskTeam = (over: Partial<ActionInput<'admin.teams.save'>> = {}): ActionInput<'admin.teams.save'> => ({
  name: '项目备案窗口',
  kind: 'category_desk',
  leaderUserId: 'u-leader-qian',
  memberIds: ['u-staff-sun'],
  categoryIds: ['project-filing'],
  ...over,
});

export const newPerson = (
  teamId: string,
  over: Partial<ActionInput<'admin.staff.preregister'>> = {},
): ActionInput<'admin.staff.preregister'> => ({
  name: '马新员',
  mobile: '13911112222',
  title: '项目备案专员',
  teamIds: [teamId],
  skills: ['项目备案（立项）'],
  roles: ['staff'],
  backupUserId: 'u-staff-sun',
  ...over,
});

/** The admin makes the desk, registers 马新员 in it and issues a code: what a new hire is handed. */
export const onboardNewPerson = async (
  send: Send,
): Promise<{ teamId: string; userId: string; code: string; inviteId: string }> => {
  const team = dataOf(await send('admin', 'admin.teams.save', deskTeam())) as { id: string };
  const person = dataOf(await send('admin', 'admin.staff.preregister', newPerson(team.id))) as { userId: string };
  const invite = dataOf(await send('admin', 'admin.invites.issue', { staffUserId: person.userId })) as {
    code: string;
    inviteId: string;
  };
  return { teamId: team.id, userId: person.userId, code: invite.code, inviteId: invite.inviteId };
};

/** A request without a project: routed to the category desk of 项目备案. */
export const filingTicket = {
  categoryId: 'project-filing',
  projectId: null,
} as const;

/** A read-only auditor account (not a demo persona): signs in as `o-auditor`. */
export const addAuditor = async (store: DocStore): Promise<{ openid: string }> => {
  await store.insert('users', {
    id: 'u-auditor',
    version: 1,
    openid: 'o-auditor',
    name: '审计员（测试）',
    roles: ['auditor'],
    organisation: null,
    phone: null,
    createdAt: 0,
  });
  return { openid: 'o-auditor' };
};
