import type { Envelope } from '@core/kernel/errors';
import type { DocStore, StoredDoc, TxStore } from '@core/kernel/store/doc-store';

/** A document the guarded transaction wrote: enough to answer again without any personal data. */
export interface TouchedDoc {
  collection: string;
  id: string;
}

/**
 * A mutation's idempotency record. `committed` is written inside the very transaction that applies
 * the change, so "the change happened" and "the record says so" cannot disagree after a crash; a
 * `pending` record whose lease ran out therefore guards nothing and the retry re-runs cleanly.
 */
export interface RequestRecord extends StoredDoc {
  state: 'pending' | 'committed' | 'done';
  action: string;
  createdAt: number;
  /** The attempt now allowed to commit; a takeover after the lease bumps it so a stale attempt aborts. */
  attempt: number;
  leaseUntil: number;
  touched: TouchedDoc[];
  /** The first answer, with mobiles and credit codes masked (see stored-answer.ts). */
  result: Envelope<unknown> | null;
}

/** The idempotency record of a request key, in or outside a transaction. */
export const requestRecord = (store: Pick<TxStore, 'get'>, key: string): Promise<RequestRecord | null> =>
  store.get('requests', key);

/** Claims a key no one holds yet; CONFLICT when another attempt claimed it first. */
export const claimFreshRequest = (store: DocStore, record: RequestRecord): Promise<unknown> =>
  store.insert('requests', record);

/** Takes over a request whose attempt died (compare-and-set on its version). */
export const takeOverRequest = (
  store: DocStore,
  record: RequestRecord,
  next: Pick<RequestRecord, 'attempt' | 'leaseUntil'>,
): Promise<unknown> => store.update('requests', record.id, record.version, next);

/** Keeps the (masked) first answer, so a repeat is answered from it. */
export const keepRequestAnswer = (
  store: DocStore,
  record: RequestRecord,
  result: Envelope<unknown>,
): Promise<unknown> => store.update('requests', record.id, record.version, { state: 'done', result });

/** Marks the request committed inside the transaction that applied its change. */
export const markRequestCommitted = (tx: TxStore, record: RequestRecord, touched: TouchedDoc[]): Promise<unknown> =>
  tx.update('requests', record.id, record.version, { state: 'committed', touched });

/** Lets go of a request that changed nothing, so its requestId may be retried. */
export const forgetRequest = (store: DocStore, key: string): Promise<boolean> => store.remove('requests', key);
