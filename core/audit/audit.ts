import type { ErrorCode } from '@core/kernel/errors/error-codes';
import type { Role } from '@core/kernel/roles';

/** Where a request came from: the mini-program (cloud function) or the H5 build on the local stack. */
export const REQUEST_SOURCES = ['weapp', 'h5', 'system'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

/**
 * One record of the audit log (等保2.0 安全审计; 网络安全法 §21: kept ≥ 180 days). Append-only: no
 * action updates or deletes one; each carries the hash of the record before it, so a gap or an
 * edit breaks the chain that `admin.audit.verify` checks.
 */
export interface AuditRecord {
  /** `a` + the sequence number, zero-padded: ids sort in chain order. */
  id: string;
  version: number;
  seq: number;
  /** UTC ms, and the local (+08:00) date of it. */
  at: number;
  localDate: string;
  actorUserId: string | null;
  /** Masked openid of the caller: a failed bind has no user yet. */
  actorOpenid: string | null;
  actorName: string | null;
  actorRoles: Role[];
  action: string;
  /** What the action touched: `staff/u-…`, `invites/…`, `settings/visits`. */
  target: string | null;
  /** Personal data (phones, openids) masked. */
  before: unknown;
  after: unknown;
  result: 'ok' | ErrorCode;
  requestId: string | null;
  source: RequestSource;
  prevHash: string;
  hash: string;
}

/** settings/audit-head: the end of the chain, and where a purge cut its beginning off. */
export interface AuditHead {
  id: 'audit-head';
  version: number;
  seq: number;
  hash: string;
  /** The last purged record: the first kept record must name its hash as prevHash. */
  purgedThrough: { seq: number; hash: string } | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** 网络安全法 §21: network logs are kept for at least six months. */
export const AUDIT_RETENTION_DAYS = 180;
