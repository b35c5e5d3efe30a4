import { AppError } from '@core/kernel/errors';
import type { Envelope } from '@core/kernel/errors';
import type { DocStore, TxStore } from '@core/kernel/store/doc-store';
import {
  claimFreshRequest,
  forgetRequest,
  keepRequestAnswer,
  markRequestCommitted,
  requestRecord,
  takeOverRequest,
  type RequestRecord,
  type TouchedDoc,
} from './request-repo';
import { maskAnswer, restoreAnswer } from './stored-answer';
import { withTransaction } from './store-view';

export type { RequestRecord, TouchedDoc } from './request-repo';

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
/** How long a running attempt keeps others out; far above any handler's run time, far below a user's patience. */
export const REQUEST_LEASE_MS = 30_000;
/** Idempotency records are purged by the scheduler after this long. */
export const REQUEST_RETENTION_MS = 7 * 24 * 3600_000;
const MAX_TOUCHED = 20;

export const requestKey = (action: string, openid: string | null, requestId: string): string =>
  `${action}|${openid ?? '-'}|${requestId}`;

export interface OnceRequest {
  key: string;
  action: string;
  now: number;
  /** The (retried) input: what a replay may put back into the masked answer. */
  input: unknown;
}

/** Answers a request whose change committed but whose answer was never stored (the process died between). */
export type Reanswer = (touched: readonly TouchedDoc[], store: DocStore) => Promise<Envelope<unknown>>;

const IN_PROGRESS: Envelope<never> = {
  ok: false,
  error: { code: 'CONFLICT', message: '相同的请求正在处理，请稍候' },
};

const isConflict = (e: unknown): boolean => e instanceof AppError && e.code === 'CONFLICT';

type Claim = { attempt: number } | { answer: Envelope<unknown> };

const claimRequest = async (store: DocStore, request: OnceRequest, reanswer: Reanswer): Promise<Claim> => {
  const { key, now } = request;
  for (let tries = 0; tries < 3; tries += 1) {
    const existing = await requestRecord(store, key);
    if (!existing) {
      const fresh: RequestRecord = {
        ...{ id: key, version: 1, state: 'pending', action: request.action, createdAt: now },
        ...{ attempt: 1, leaseUntil: now + REQUEST_LEASE_MS, touched: [], result: null },
      };
      try {
        await claimFreshRequest(store, fresh);
        return { attempt: 1 };
      } catch (e) {
        if (!isConflict(e)) throw e;
        continue;
      }
    }
    if (existing.state === 'done' && existing.result) return { answer: restoreAnswer(existing.result, request.input) };
    if (existing.state === 'committed') return { answer: await answerAgain(store, existing, request, reanswer) };
    if ((existing.leaseUntil ?? existing.createdAt + REQUEST_LEASE_MS) > now) return { answer: IN_PROGRESS };
    // The attempt that held it died: nothing of it committed, so take over and run again.
    const attempt = (existing.attempt ?? 1) + 1;
    try {
      await takeOverRequest(store, existing, { attempt, leaseUntil: now + REQUEST_LEASE_MS });
      return { attempt };
    } catch (e) {
      if (!isConflict(e)) throw e;
    }
  }
  return { answer: IN_PROGRESS };
};

const answerAgain = async (
  store: DocStore,
  record: RequestRecord,
  request: OnceRequest,
  reanswer: Reanswer,
): Promise<Envelope<unknown>> => {
  const answer = await reanswer(record.touched, store);
  if (answer.ok) await storeAnswer(store, request.key, record.attempt, answer);
  return answer;
};

const storeAnswer = async (store: DocStore, key: string, attempt: number, answer: Envelope<unknown>) => {
  const record = await requestRecord(store, key);
  if (!record || record.attempt !== attempt) return;
  try {
    await keepRequestAnswer(store, record, maskAnswer(answer));
  } catch (e) {
    if (!isConflict(e)) throw e;
  }
};

const forget = async (store: DocStore, key: string, attempt: number) => {
  const record = await requestRecord(store, key);
  if (record && record.attempt === attempt && record.state === 'pending') await forgetRequest(store, key);
};

/**
 * The store a mutation's handler gets: every transaction also marks the request committed, inside
 * the same transaction, and aborts when a later attempt has taken the request over.
 */
const guardedStore = (store: DocStore, key: string, attempt: number) => {
  let isCommitted = false;
  const guarded: DocStore = withTransaction(store, (work) =>
    store.transaction(async (tx) => {
      const touched: TouchedDoc[] = [];
      const note = (collection: string, id: string) => {
        if (touched.length < MAX_TOUCHED) touched.push({ collection, id });
      };
      const recording: TxStore = {
        get: (c, id) => tx.get(c, id),
        insert: async (c, doc) => (note(c, doc.id), tx.insert(c, doc)),
        update: async (c, id, v, patch) => (note(c, id), tx.update(c, id, v, patch)),
      };
      const result = await work(recording);
      const record = await requestRecord(tx, key);
      if (!record || record.attempt !== attempt) throw new AppError('CONFLICT', IN_PROGRESS.error.message);
      if (record.state === 'pending') await markRequestCommitted(tx, record, touched);
      isCommitted = true;
      return result;
    }),
  );
  return { store: guarded, isCommitted: () => isCommitted };
};

/**
 * Runs `work` at most once per key. A concurrent repeat while the first runs gets CONFLICT (retry
 * later); after a crash the lease runs out and a retry re-runs (nothing committed) or is answered
 * from what did commit; a business failure leaves nothing behind, so the requestId may be retried.
 */
export const runOnce = async (
  store: DocStore,
  request: OnceRequest,
  work: (store: DocStore) => Promise<Envelope<unknown>>,
  reanswer: Reanswer = async () => IN_PROGRESS,
  /** Asked only before new work runs (not for a replay): a refusal (e.g. RATE_LIMITED) is answered and forgotten. */
  admit: () => Promise<Envelope<never> | null> = async () => null,
): Promise<Envelope<unknown>> => {
  const claim = await claimRequest(store, request, reanswer);
  if ('answer' in claim) return claim.answer;
  const refused = await admit();
  if (refused) {
    await forget(store, request.key, claim.attempt);
    return refused;
  }
  const guarded = guardedStore(store, request.key, claim.attempt);
  let result: Envelope<unknown>;
  try {
    result = await work(guarded.store);
  } catch (e) {
    if (!guarded.isCommitted()) await forget(store, request.key, claim.attempt);
    throw e;
  }
  if (!result.ok && !guarded.isCommitted()) {
    await forget(store, request.key, claim.attempt);
    return result;
  }
  await storeAnswer(store, request.key, claim.attempt, result);
  return result;
};
