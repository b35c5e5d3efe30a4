import type { AdminHandler } from '../admin-actions';
import type { InviteView } from '../admin-actions';
import { BIND_PAGE, INVITE_VALID_MS, staffAdminWrites, staffRepo, type Invite } from '@core/identity';

import { AppError, conflict, notFound } from '@core/kernel/errors';
import { drawFreeCode, renderCodeImage, type CodeImageKind } from '@core/identity';
import { adminRepo } from '../admin-repo';
import { noteAudit } from '@core/kernel/deps';

const INVITE_IMAGE: CodeImageKind = {
  collection: 'invites',
  page: BIND_PAGE,
  missingMessage: '邀请码不存在',
  endedMessage: '邀请码已使用、已撤销或已过期',
  noImageMessage: '暂时无法生成二维码，请把邀请码文字发给对方',
};

export const toInviteView = (invite: Invite, now: number, isFullCode: boolean): InviteView => ({
  inviteId: invite.id,
  staffUserId: invite.staffUserId,
  code: isFullCode ? invite.code : `******${invite.code.slice(-2)}`,
  status: invite.status,
  expiresAt: invite.expiresAt,
  isExpired: invite.status === 'open' && invite.expiresAt <= now,
  path: isFullCode ? `${BIND_PAGE}?code=${invite.code}` : BIND_PAGE,
});

/** A new code for a pending person; any earlier open code of theirs is revoked, so one works at a time. */
export const issueInvite: AdminHandler<'admin.invites.issue'> = async ({ staffUserId }, ctx) => {
  const { store, ids, clock } = ctx.deps;
  const now = clock.now();
  const people = staffRepo(store);
  const staff = await people.staffMember(staffUserId);
  if (!staff) throw notFound('人员不存在');
  if (staff.status !== 'pending') throw conflict('此人已绑定微信，无需邀请码');
  const code = await drawFreeCode(ids, async (c) => Boolean(await people.inviteByCode(c)));
  if (!code) throw new AppError('UNAVAILABLE', '暂时无法生成邀请码，请重试');
  const open = (await adminRepo(store).invitesOf(staffUserId, { limit: 100 })).items.filter((i) => i.status === 'open');
  const invite: Invite = {
    id: ids.newId(),
    version: 1,
    code,
    staffUserId,
    status: 'open',
    createdAt: now,
    createdByUserId: ctx.caller.user?.id ?? '',
    expiresAt: now + INVITE_VALID_MS,
    usedAt: null,
    revokedAt: null,
  };
  noteAudit(ctx, {
    target: `invites/${invite.id}`,
    before: { revoked: open.map((i) => i.id) },
    after: { staffUserId, code, expiresAt: invite.expiresAt },
  });
  await store.transaction((tx) => staffAdminWrites(tx).issueInvite(invite, open, now));
  return toInviteView(invite, now, true);
};

export const revokeInvite: AdminHandler<'admin.invites.revoke'> = async ({ inviteId }, ctx) => {
  const { store, clock } = ctx.deps;
  const now = clock.now();
  const invite = await staffRepo(store).inviteById(inviteId);
  if (!invite) throw notFound('邀请码不存在');
  noteAudit(ctx, { target: `invites/${inviteId}`, before: { status: invite.status }, after: { status: 'revoked' } });
  if (invite.status !== 'open') throw conflict('邀请码已使用或已撤销');
  const revoked = await store.transaction((tx) => staffAdminWrites(tx).revokeInvite(invite, now));
  return toInviteView(revoked, now, false);
};

export const listInvites: AdminHandler<'admin.invites.list'> = async ({ staffUserId, limit, cursor }, { deps }) => {
  const page = await adminRepo(deps.store).invitesOf(staffUserId, { limit, cursor });
  const now = deps.clock.now();
  return { items: page.items.map((i) => toInviteView(i, now, false)), next: page.next };
};

/**
 * The open code in full with its image: in WeChat a mini-program code whose scene is the code, on the
 * local stack a QR of the H5 bind link. Only an open, unexpired code: a used or revoked one is no use.
 */
export const inviteQrCode: AdminHandler<'admin.invites.qrcode'> = async ({ inviteId }, ctx) => {
  const found = await staffRepo(ctx.deps.store).inviteById(inviteId);
  const { doc: invite, image } = await renderCodeImage(ctx, INVITE_IMAGE, inviteId, found, (i) => i.expiresAt);
  return { inviteId, code: invite.code, expiresAt: invite.expiresAt, image };
};
