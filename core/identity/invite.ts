/**
 * Staff onboarding (C10): the office pre-registers a person and issues an invite code; the person
 * binds their WeChat identity with it. Codes are 8 Crockford base32 characters, valid 7 days,
 * single use and revocable.
 */
export const INVITE_STATUSES = ['open', 'used', 'revoked'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export const INVITE_STATUS_LABELS: Record<InviteStatus, string> = { open: '未使用', used: '已使用', revoked: '已撤销' };

export const INVITE_CODE_LENGTH = 8;
export const INVITE_VALID_MS = 7 * 24 * 3_600_000;
export const BIND_FAILURE_LIMIT = 5;
export const BIND_FAILURE_WINDOW_MS = 30 * 60_000;
/** The page an invite link or mini-program QR code opens, with the code as its parameter. */
export const BIND_PAGE = 'subpackages/account/pages/bind/index';

export interface Invite {
  id: string;
  version: number;
  code: string;
  staffUserId: string;
  status: InviteStatus;
  createdAt: number;
  createdByUserId: string;
  expiresAt: number;
  usedAt: number | null;
  revokedAt: number | null;
}

/** bind_attempts/b-<openid>: recent failed codes of one identity, and whom it bound (one binding per identity). */
export interface BindAttempts {
  id: string;
  version: number;
  failures: number[];
  boundStaffUserId: string | null;
}
