import type { User } from '@core/kernel/caller';
import { conflict } from '@core/kernel/errors';
import type { DocStore } from '@core/kernel/store/doc-store';
import { BIND_FAILURE_WINDOW_MS, type BindAttempts, type Invite } from '../invite';
import type { StaffMember } from '../staff';

const attemptsIdOf = (openid: string): string => `b-${openid}`;

/** An identity's failed codes and binding, and the one transaction that binds a pre-registered person. */
export const bindingRepo = (store: DocStore) => ({
  attemptsOf: (openid: string): Promise<BindAttempts | null> => store.get('bind_attempts', attemptsIdOf(openid)),

  /** Counts one failed code against the identity (kept for the rate-limit window only). */
  countFailure: async (openid: string, now: number): Promise<void> => {
    const id = attemptsIdOf(openid);
    const current = await store.get('bind_attempts', id);
    const failures = [...(current?.failures ?? []).filter((t) => t > now - BIND_FAILURE_WINDOW_MS), now];
    if (current) await store.update('bind_attempts', id, current.version, { failures });
    else await store.insert('bind_attempts', { id, version: 1, failures, boundStaffUserId: null });
  },

  pendingStaff: (userId: string): Promise<StaffMember | null> => store.get('staff', userId),

  /**
   * Marks the code used, activates the record, binds the openid and creates the account in one
   * transaction whose writes are compare-and-set: of two binds of one code, one wins, the other gets CONFLICT.
   */
  bind: (invite: Invite, staff: StaffMember, openid: string, account: Omit<User, 'version'>, now: number) =>
    store.transaction(async (tx) => {
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
      await tx.insert('users', { ...account, version: 1 });
    }),
});
