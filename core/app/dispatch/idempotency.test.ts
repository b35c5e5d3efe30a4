import type { DocOf } from '@core/kernel/store/collections';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import type { Envelope } from '@core/kernel/errors';
import type { DocStore, StoredDoc } from '@core/kernel/store/doc-store';
import { REQUEST_LEASE_MS, runOnce, type RequestRecord } from './idempotency';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack({ seed: false });
});
afterEach(() => stack.close());

const at = (key: string, now: number, input: unknown = {}) => ({ key, action: 'x', now, input });
interface Thing extends StoredDoc {
  n: number;
}
/** A document no feature has: what a mutation wrote, whatever it is (the store is typed, the probe is not). */
const thing = (id: string): DocOf<'parks'> => ({ id, version: 1, n: 1 }) satisfies Thing as unknown as DocOf<'parks'>;
/** A mutation like the real ones: one transaction, then the answer. */
const insertThing = (id: string) => async (store: DocStore) => {
  await store.transaction((tx) => tx.insert('parks', thing(id)));
  return { ok: true as const, data: { id } };
};

describe('runOnce: a mutation is applied once per requestId', () => {
  it('returns the first answer to a repeat without running the work again', async () => {
    let runs = 0;
    const work = async (): Promise<Envelope<unknown>> => ({ ok: true, data: { n: (runs += 1) } });
    const first = await runOnce(stack.store, at('k1', 1), work);
    const second = await runOnce(stack.store, at('k1', 2), work);
    expect(first).toEqual({ ok: true, data: { n: 1 } });
    expect(second).toEqual(first);
    expect(runs).toBe(1);
  });

  it('runs the work once when the same request arrives twice at the same moment', async () => {
    let runs = 0;
    const work = async (): Promise<Envelope<unknown>> => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 20));
      return { ok: true, data: 'done' };
    };
    const answers = await Promise.all([
      runOnce(stack.store, at('k2', 1), work),
      runOnce(stack.store, at('k2', 1), work),
    ]);
    expect(runs).toBe(1);
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await runOnce(stack.store, at('k2', 1), work)).toEqual({ ok: true, data: 'done' });
  });

  it('forgets a failed attempt so that the same requestId can be retried', async () => {
    const failing = async (): Promise<Envelope<unknown>> => ({
      ok: false,
      error: { code: 'CONFLICT', message: '满了' },
    });
    expect(await runOnce(stack.store, at('k3', 1), failing)).toMatchObject({ ok: false });
    await expect(runOnce(stack.store, at('k3', 1), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await stack.store.get('requests', 'k3')).toBeNull();
    expect(await runOnce(stack.store, at('k3', 1), async () => ({ ok: true, data: 1 }))).toEqual({ ok: true, data: 1 });
  });
});

describe('runOnce after a crash', () => {
  /** What a process killed mid-request leaves: a pending record, and maybe a committed change. */
  const crashedRecord = async (key: string, state: RequestRecord['state'], touched: RequestRecord['touched'] = []) =>
    stack.store.insert('requests', {
      ...{ id: key, version: 1, state, action: 'x', createdAt: 0, attempt: 1, leaseUntil: REQUEST_LEASE_MS },
      ...{ touched, result: null },
    });

  it('answers CONFLICT while the lease runs, then re-runs once it has run out', async () => {
    await crashedRecord('c1', 'pending');
    expect(await runOnce(stack.store, at('c1', REQUEST_LEASE_MS - 1), insertThing('t1'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const retried = await runOnce(stack.store, at('c1', REQUEST_LEASE_MS + 1), insertThing('t1'));
    expect(retried).toEqual({ ok: true, data: { id: 't1' } });
    expect(await stack.store.get('parks', 't1')).toMatchObject({ n: 1 });
    expect(await runOnce(stack.store, at('c1', REQUEST_LEASE_MS + 2), insertThing('t2'))).toEqual(retried);
    expect(await stack.store.get('parks', 't2')).toBeNull();
  });

  it('marks the request committed inside the transaction of the change', async () => {
    let seen: RequestRecord | null = null;
    await runOnce(stack.store, at('c2', 1), async (store) => {
      await store.transaction((tx) => tx.insert('parks', thing('t3')));
      seen = await stack.store.get('requests', 'c2');
      throw new Error('killed right after the commit');
    }).catch(() => undefined);
    expect(seen).toMatchObject({ state: 'committed', touched: [{ collection: 'parks', id: 't3' }] });
    expect(await stack.store.get('requests', 'c2')).toMatchObject({ state: 'committed' });
  });

  it('answers a committed request from what it wrote, without running the work again', async () => {
    await stack.store.insert('parks', thing('t4'));
    await crashedRecord('c3', 'committed', [{ collection: 'parks', id: 't4' }]);
    let runs = 0;
    const answer = await runOnce(
      stack.store,
      at('c3', REQUEST_LEASE_MS * 10),
      async () => ({ ok: true, data: (runs += 1) }),
      async (touched, store) => ({ ok: true, data: await store.get('parks', touched[0]?.id ?? '') }),
    );
    expect(runs).toBe(0);
    expect(answer).toEqual({ ok: true, data: { id: 't4', version: 1, n: 1, schemaVersion: 1 } });
  });

  it('does not let an attempt that lost its lease commit over the one that took over', async () => {
    await crashedRecord('c4', 'pending');
    let release: () => void = () => undefined;
    const slow = runOnce(stack.store, at('c4', REQUEST_LEASE_MS + 1), async (store) => {
      await new Promise<void>((r) => (release = r));
      return insertThing('late')(store);
    });
    await new Promise((r) => setTimeout(r, 10));
    // A second retry, far later: the slow attempt's lease has also run out, so this one takes over.
    const taker = await runOnce(stack.store, at('c4', REQUEST_LEASE_MS * 3), insertThing('taker'));
    release();
    expect(taker).toEqual({ ok: true, data: { id: 'taker' } });
    await expect(slow).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await stack.store.get('parks', 'late')).toBeNull();
  });
});

describe('stored answers hold no personal data in the clear', () => {
  const answer = {
    ok: true as const,
    data: { contactPhone: '13800138000', creditCode: '91350100M000100Y43', note: '电话13912345678' },
  };

  it('masks mobiles and credit codes in the record and gives the caller back what it sent', async () => {
    const input = { contactPhone: '13800138000', creditCode: '91350100M000100Y43' };
    await runOnce(stack.store, at('m1', 1, input), async () => answer);
    const stored = JSON.stringify(await stack.store.get('requests', 'm1'));
    expect(stored).not.toMatch(/13800138000|13912345678|91350100M000100Y43/);
    expect(stored).toContain('138****8000');
    const replay = await runOnce(stack.store, at('m1', 2, input), async () => answer);
    expect(replay).toEqual({ ok: true, data: { ...answer.data, note: '电话139****5678' } });
  });
});
