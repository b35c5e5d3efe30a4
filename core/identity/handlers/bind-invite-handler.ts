import type { AccountHandler } from '../account-actions';
import { BIND_FAILURE_LIMIT, BIND_FAILURE_WINDOW_MS } from '../invite';
import type { Team } from '../staff';

import { AppError, conflict } from '@core/kernel/errors';
import { isInviteCode, normaliseInviteCode } from '../invite-code';
import { staffRepo } from '../staff-repo';
import type { DocStore } from '@core/kernel/store/doc-store';
import { noteAudit } from '@core/kernel/deps';

const attemptsIdOf = (openid: string): string => `b-${openid}`;

/** Counts one failed code against the identity (kept for the rate-limit window only). */
const countFailure = async (store: DocStore, openid: string, now: number): Promise<void> => {
  const id = attemptsIdOf(openid);
  const current = await store.get('bind_attempts', id);
  const failures = [...(current?.failures ?? []).filter((t) => t > now - BIND_FAILURE_WINDOW_MS), now];
  if (current) await store.update('bind_attempts', id, current.version, { failures });
  else await store.insert('bind_attempts', { id, version: 1, failures, boundStaffUserId: null });
};

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
  const attempts = await store.get('bind_attempts', attemptsIdOf(openid));
  const recent = (attempts?.failures ?? []).filter((t) => t > now - BIND_FAILURE_WINDOW_MS);
  if (recent.length >= BIND_FAILURE_LIMIT) throw new AppError('RATE_LIMITED', '邀请码错误次数过多，请30分钟后再试');
  if (caller.user || attempts?.boundStaffUserId) throw conflict('此微信已绑定账户，无需再次绑定');

  const fail = async (error: AppError): Promise<never> => {
    await countFailure(store, openid, now);
    throw error;
  };
  const code = normaliseInviteCode(input.code);
  const invite = isInviteCode(code) ? await staffRepo(store).inviteByCode(code) : null;
  if (!invite || invite.status === 'revoked' || invite.expiresAt <= now) {
    return fail(new AppError('NOT_FOUND', '邀请码无效、已过期或已撤销，请联系招商服务办公室'));
  }
  noteAudit(ctx, { target: `staff/${invite.staffUserId}`, before: { invite: invite.id, status: invite.status } });
  if (invite.status === 'used') return fail(conflict('邀请码已被使用'));
  const staff = await store.get('staff', invite.staffUserId);
  if (!staff || staff.status !== 'pending') return fail(conflict('邀请码已被使用'));
  if (staff.mobile !== input.mobile) return fail(new AppError('FORBIDDEN', '手机号与登记的不一致，请核对'));

  const teams = (await staffRepo(store).teamsOf(staff.userId)).filter((t: Team) => t.memberIds.includes(staff.userId));
  const roles = staff.grantRoles ?? ['staff'];
  noteAudit(ctx, {
    target: `staff/${staff.userId}`,
    before: { invite: invite.id, status: 'pending' },
    after: { invite: invite.id, status: 'active', roles, openid },
  });
  await store.transaction(async (tx) => {
    const fresh = await tx.get('invites', invite.id);
    if (!fresh || fresh.status !== 'open') throw conflict('邀请码已被使用');
    await tx.update('invites', fresh.id, fresh.version, { status: 'used', usedAt: now });
    const member = await tx.get('staff', staff.id);
    if (!member || member.status !== 'pending') throw conflict('邀请码已被使用');
    await tx.update('staff', member.id, member.version, { status: 'active', isActive: true });
    const binding = await tx.get('bind_attempts', attemptsIdOf(openid));
    if (binding?.boundStaffUserId) throw conflict('此微信已绑定账户，无需再次绑定');
    if (binding) {
      await tx.update('bind_attempts', binding.id, binding.version, { boundStaffUserId: staff.userId });
    } else {
      await tx.insert('bind_attempts', {
        id: attemptsIdOf(openid),
        version: 1,
        failures: [],
        boundStaffUserId: staff.userId,
      });
    }
    await tx.insert('users', {
      id: staff.userId,
      version: 1,
      openid,
      name: staff.name,
      roles: [...roles],
      organisation: teams[0]?.name ?? staff.title,
      phone: staff.mobile ?? null,
      createdAt: now,
    });
  });
  return { name: staff.name, roles: [...roles], teamNames: teams.map((t) => t.name) };
};
