import type { Invite } from '../invite';
import type { StaffMember } from '../staff';
import { invalidInput, notFound } from '@core/kernel/errors';
import type { DocPatch, TxStore } from '@core/kernel/store/doc-store';

/** The office's writes to people, teams and invites, inside the caller's transaction (compare-and-set on versions). */
export const staffAdminWrites = (tx: TxStore) => ({
  /** A new code for a person: their earlier open codes are revoked in the same transaction. */
  issueInvite: async (invite: Invite, open: readonly Invite[], now: number): Promise<void> => {
    for (const old of open) await tx.update('invites', old.id, old.version, { status: 'revoked', revokedAt: now });
    await tx.insert('invites', invite);
  },

  revokeInvite: (invite: Invite, now: number): Promise<Invite> =>
    tx.update('invites', invite.id, invite.version, { status: 'revoked', revokedAt: now }),

  /** A pre-registered person, added to each of their teams. */
  registerStaff: async (member: StaffMember, teamIds: readonly string[]): Promise<void> => {
    await tx.insert('staff', member);
    for (const teamId of teamIds) {
      const team = await tx.get('teams', teamId);
      if (!team) throw invalidInput('teamIds', '所选团队不存在');
      await tx.update('teams', teamId, team.version, { memberIds: [...team.memberIds, member.userId] });
    }
  },

  changeStaff: (staff: StaffMember, patch: DocPatch<StaffMember>): Promise<StaffMember> =>
    tx.update('staff', staff.id, staff.version, patch),

  /** 离职: the record is kept as left, the person leaves the given teams and loses the staff roles. */
  offboard: async (staffUserId: string, teamIds: readonly string[]): Promise<void> => {
    const member = await tx.get('staff', staffUserId);
    if (!member) throw notFound('人员不存在');
    await tx.update('staff', staffUserId, member.version, { status: 'left', isActive: false });
    for (const teamId of teamIds) {
      const fresh = await tx.get('teams', teamId);
      if (fresh) {
        await tx.update('teams', teamId, fresh.version, {
          memberIds: fresh.memberIds.filter((id) => id !== staffUserId),
        });
      }
    }
    const user = await tx.get('users', staffUserId);
    if (user) {
      const roles = user.roles.filter((r) => r !== 'staff' && r !== 'leader');
      await tx.update('users', user.id, user.version, { roles: roles.length ? roles : ['visitor'] });
    }
  },
});
