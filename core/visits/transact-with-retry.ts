import { AppError } from '@core/kernel/errors';
import type { DocStore, TxStore } from '@core/kernel/store/doc-store';

export const SLOT_FULL_MESSAGE = '该时段已约满';
const MAX_ATTEMPTS = 3;

/** A lost race, not a business answer: two first bookings creating the same counter, a stale version. */
const isLostRace = (e: unknown): boolean =>
  e instanceof AppError && e.code === 'CONFLICT' && e.message !== SLOT_FULL_MESSAGE;

/**
 * Runs a visit transaction, again (up to 3 times) when it lost a race. In the cloud two bookings
 * that both find no counter both insert it and one fails as a duplicate although places are left;
 * the retry reads the counter the winner wrote. Every attempt re-reads and re-decides, so a retry
 * can only succeed if the change is still valid; "full" is an answer, never retried.
 */
export const transactWithRetry = async <R>(store: DocStore, work: (tx: TxStore) => Promise<R>): Promise<R> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await store.transaction(work);
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isLostRace(e)) throw e;
    }
  }
};
