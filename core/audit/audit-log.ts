import { localDateOf } from '@core/kernel/calendar/local-date';
import { AUDIT_RETENTION_DAYS, GENESIS_HASH, type AuditRecord, type RequestSource } from './audit';
import type { Role } from '@core/kernel/roles';
import type { ErrorCode } from '@core/kernel/errors/error-codes';
import type { DocStore, Page, TxStore } from '@core/kernel/store/doc-store';
import { auditId, hashOf } from './audit-chain';
import {
  appendAuditRecord,
  auditChainPage,
  markAuditPurgedThrough,
  readAuditHead,
  removeAuditRecord,
} from './audit-repo';
import { maskOpenid, maskPersonal } from './mask-personal';

export interface AuditDraft {
  at: number;
  actorUserId: string | null;
  actorOpenid: string | null;
  actorName: string | null;
  actorRoles: readonly Role[];
  action: string;
  target: string | null;
  before?: unknown;
  after?: unknown;
  result: 'ok' | ErrorCode;
  requestId: string | null;
  source: RequestSource;
}

/**
 * Appends one record at the end of the chain, inside the caller's transaction: the audited change
 * and its record commit together or not at all. Only single-document operations by id (the head in
 * settings, the record itself), as a WeChat transaction allows. The head is moved by compare-and-set,
 * so two concurrent appends never share a sequence number or a previous hash.
 */
export const appendAuditIn = async (tx: TxStore, draft: AuditDraft): Promise<AuditRecord> => {
  const head = await readAuditHead(tx);
  const seq = (head?.seq ?? 0) + 1;
  const content = {
    id: auditId(seq),
    seq,
    at: draft.at,
    localDate: localDateOf(draft.at),
    actorUserId: draft.actorUserId,
    actorOpenid: maskOpenid(draft.actorOpenid),
    actorName: draft.actorName,
    actorRoles: [...draft.actorRoles],
    action: draft.action,
    target: draft.target,
    before: maskPersonal(draft.before ?? null),
    after: maskPersonal(draft.after ?? null),
    result: draft.result,
    requestId: draft.requestId,
    source: draft.source,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const record: AuditRecord = { ...content, version: 1, hash: hashOf(content) };
  await appendAuditRecord(tx, head, record);
  return record;
};

/** Appends one record in a transaction of its own: for outcomes that changed nothing (refusals, reads, exports). */
export const appendAudit = async (store: DocStore, draft: AuditDraft): Promise<AuditRecord> =>
  store.transaction((tx) => appendAuditIn(tx, draft));

export interface ChainCheck {
  isIntact: boolean;
  checked: number;
  /** The first record that does not fit (edited, or the one after a gap), or null. */
  brokenAtSeq: number | null;
  reason: string | null;
}

/** Walks the whole chain in sequence order and recomputes every hash. */
export const verifyAuditChain = async (store: DocStore): Promise<ChainCheck> => {
  const head = await readAuditHead(store);
  let expectedSeq = (head?.purgedThrough?.seq ?? 0) + 1;
  let prevHash = head?.purgedThrough?.hash ?? GENESIS_HASH;
  let checked = 0;
  const broken = (seq: number, reason: string): ChainCheck => ({ isIntact: false, checked, brokenAtSeq: seq, reason });
  let after: string | null = null;
  do {
    const page: Page<AuditRecord> = await auditChainPage(store, after);
    for (const record of page.items) {
      // A purge that stopped between moving the head and removing the records leaves them behind.
      if (record.seq < expectedSeq && head?.purgedThrough && record.seq <= head.purgedThrough.seq) continue;
      if (record.seq !== expectedSeq) return broken(expectedSeq, `缺少第 ${expectedSeq} 条记录`);
      if (record.prevHash !== prevHash) return broken(record.seq, '与上一条记录的哈希不符');
      if (hashOf(record) !== record.hash) return broken(record.seq, '记录内容被改动');
      prevHash = record.hash;
      expectedSeq += 1;
      checked += 1;
    }
    after = page.next;
  } while (after);
  if (head && head.seq !== expectedSeq - 1) return broken(expectedSeq, `链尾缺少记录（应到第 ${head.seq} 条）`);
  if (head && head.hash !== prevHash) return broken(head.seq, '链尾哈希不符');
  return { isIntact: true, checked, brokenAtSeq: null, reason: null };
};

/**
 * Removes records older than the retention period, oldest first and only as a prefix of the chain,
 * at most one page per call. The head remembers the last removed record so the check still holds.
 */
export const purgeOldAudit = async (
  store: DocStore,
  now: number,
  /** Told what will be removed before the head moves: an audited purge records it in that transaction. */
  onPlan: (plan: { removed: number; throughSeq: number }) => void = () => undefined,
): Promise<{ removed: number; throughSeq: number | null }> => {
  const cutoff = now - AUDIT_RETENTION_DAYS * 86_400_000;
  const { items } = await auditChainPage(store);
  const old: AuditRecord[] = [];
  for (const record of items) {
    if (record.at >= cutoff) break;
    old.push(record);
  }
  const last = old[old.length - 1];
  if (!last) return { removed: 0, throughSeq: null };
  onPlan({ removed: old.length, throughSeq: last.seq });
  await markAuditPurgedThrough(store, last);
  for (const record of old) await removeAuditRecord(store, record.id);
  return { removed: old.length, throughSeq: last.seq };
};
