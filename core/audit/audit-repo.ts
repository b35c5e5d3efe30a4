import type { DocStore, Page, TxStore } from '@core/kernel/store/doc-store';
import type { AuditHead, AuditRecord } from './audit';

const HEAD_ID = 'audit-head';
/** Internal reads page at the store's largest page. */
const READ_PAGE = 1000;

/** The chain's head (settings/audit-head): its last sequence number and hash, and what was purged. */
export const readAuditHead = (store: Pick<TxStore, 'get'>): Promise<AuditHead | null> =>
  store.get<'settings', AuditHead>('settings', HEAD_ID);

/** Writes one record and moves the head onto it, inside the caller's transaction (compare-and-set on the head). */
export const appendAuditRecord = async (tx: TxStore, head: AuditHead | null, record: AuditRecord): Promise<void> => {
  await tx.insert('audit_log', record);
  if (head)
    await tx.update<'settings', AuditHead>('settings', HEAD_ID, head.version, { seq: record.seq, hash: record.hash });
  else
    await tx.insert<'settings', AuditHead>('settings', {
      id: HEAD_ID,
      version: 1,
      seq: record.seq,
      hash: record.hash,
      purgedThrough: null,
    });
};

/** One page of the chain in sequence order, from the start or after a cursor. */
export const auditChainPage = (store: DocStore, after: string | null = null): Promise<Page<AuditRecord>> =>
  store.find('audit_log', { orderBy: { field: 'seq', dir: 'asc' }, limit: READ_PAGE, after });

/** The log newest first for the office's list: everyone's records, or one actor's when `actorUserId` is given. */
export const auditLogPage = (
  store: DocStore,
  actorUserId: string | null,
  limit: number,
  after: string | null,
): Promise<Page<AuditRecord>> =>
  store.find('audit_log', {
    where: actorUserId === null ? {} : { actorUserId },
    orderBy: { field: 'seq', dir: 'desc' },
    limit,
    after,
  });

/** Records on the head that everything up to `last` was purged, in a transaction of its own. */
export const markAuditPurgedThrough = (store: DocStore, last: Pick<AuditRecord, 'seq' | 'hash'>): Promise<void> =>
  store.transaction(async (tx) => {
    const head = await readAuditHead(tx);
    if (!head) return;
    await tx.update<'settings', AuditHead>('settings', HEAD_ID, head.version, {
      purgedThrough: { seq: last.seq, hash: last.hash },
    });
  });

export const removeAuditRecord = (store: DocStore, id: string): Promise<boolean> => store.remove('audit_log', id);
