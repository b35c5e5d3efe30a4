import { AppError, conflict } from '@core/kernel/errors';
import type { DocStore, TxStore } from '@core/kernel/store/doc-store';
import { SLOT_FULL_MESSAGE, transactWithRetry } from './transact-with-retry';

/** A store whose transaction fails with the given errors first, then runs the work. */
const storeFailingWith = (...failures: AppError[]) => {
  let calls = 0;
  const store = {
    transaction: async <R>(work: (tx: TxStore) => Promise<R>): Promise<R> => {
      calls += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return work({} as TxStore);
    },
  } as unknown as DocStore;
  return { store, calls: () => calls };
};

describe('transactWithRetry', () => {
  it('runs again after a lost race (duplicate counter, stale version) and returns the result', async () => {
    const { store, calls } = storeFailingWith(conflict('记录已存在'), conflict());
    await expect(transactWithRetry(store, async () => 'booked')).resolves.toBe('booked');
    expect(calls()).toBe(3);
  });

  it('gives up after three attempts with the last error', async () => {
    const { store, calls } = storeFailingWith(conflict('a'), conflict('b'), conflict('c'), conflict('d'));
    await expect(transactWithRetry(store, async () => 'never')).rejects.toThrow('c');
    expect(calls()).toBe(3);
  });

  it('never retries "full" or any other answer', async () => {
    for (const failure of [conflict(SLOT_FULL_MESSAGE), new AppError('INVALID_INPUT', 'bad', 'date')]) {
      const { store, calls } = storeFailingWith(failure);
      await expect(transactWithRetry(store, async () => 'never')).rejects.toBe(failure);
      expect(calls()).toBe(1);
    }
  });
});
