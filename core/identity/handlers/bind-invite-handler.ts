import type { AccountHandler } from '../account-actions';
import { BIND_FAILURE_LIMIT, BIND_FAILURE_WINDOW_MS } from '../invite';
import { bindingRepo } from '../repo/binding-repo';
import type { Team } from '../staff';

import { AppError, conflict } from '@core/kernel/errors';
import { isInviteCode, normaliseInviteCode } from '../invite-code';
import { staffRepo } from '../staff-repo';
import { noteAudit } from '@core/kernel/deps';

/**
 * The invitee binds their WeChat identity (OPENID from the platform) to the record the office
 * pre-registered. Marking the code used and binding the record happen in one transaction whose
 * writes are compare-and-set: of two binds of one code, one wins and the other gets CONFLICT.
 */
export const bindInvite: AccountHandler<'account.bindInvite'> = async (input, ctx) => {
  const { caller, deps } = ctx;
  const { store, clock } = deps;
  const now = clock.now();
  const openid = caller.openid as string; // the audience admits only signed-in callers
  const binding = bindingRepo(store);
  const attempts = await binding.attemptsOf(openid);
  const recent = (attempts?.failures ?? []).filter((t) => t > now - BIND_FAILURE_WINDOW_MS);
  if (recent.length >= BIND_FAILURE_LIMIT) throw new AppError('RATE_LIMITED', '邀请码错误次数过多，请30分钟后再试');
  if (caller.user || attempts?.boundStaffUserId) throw conflict('此微信已绑定账户，无需再次绑定');

  const fail = async (error: AppError): Promise<never> => {
    await binding.countFailure(openid, now);
    throw error;
  };
  const code = normaliseInviteCode(input.code);
  const invite = isInviteCode(code) ? await staffRepo(store).inviteByCode(code) : null;
  if (!invite || invite.status === 'revoked' || invite.expiresAt <= now) {
    return fail(new AppError('NOT_FOUND', '邀请码无效、已过期或已撤销，请联系招商服务办公室'));
  }
  noteAudit(ctx, { target: `staff/${invite.staffUserId}`, before: { invite: invite.id, status: invite.status } });
  if (invite.status === 'used') return fail(conflict('邀请码已被使用'));
  const staff = await binding.pendingStaff(invite.staffUserId);
  if (!staff || staff.status !== 'pending') return fail(conflict('邀请码已被使用'));
  if (staff.mobile !== input.mobile) return fail(new AppError('FORBIDDEN', '手机号与登记的不一致，请核对'));

  const teams = (await staffRepo(store).teamsOf(staff.userId)).filter((t: Team) => t.memberIds.includes(staff.userId));
  const roles = staff.grantRoles ?? ['staff'];
  noteAudit(ctx, {
    target: `staff/${staff.userId}`,
    before: { invite: invite.id, status: 'pending' },
    after: { invite: invite.id, status: 'active', roles, openid },
  });
  await binding.bind(
    invite,
    staff,
    openid,
    {
      id: staff.userId,
      openid,
      name: staff.name,
      roles: [...roles],
      organisation: teams[0]?.name ?? staff.title,
      phone: staff.mobile ?? null,
      createdAt: now,
    },
    now,
  );
  return { name: staff.name, roles: [...roles], teamNames: teams.map((t) => t.name) };
};
