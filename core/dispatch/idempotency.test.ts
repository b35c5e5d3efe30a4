import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import type { Envelope } from '../errors';
import { runOnce } from './idempotency';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack({ seed: false });
});
afterEach(() => stack.close());

describe('runOnce: a mutation is applied once per requestId', () => {
  it('returns the first answer to a repeat without running the work again', async () => {
    let runs = 0;
    const work = async (): Promise<Envelope<unknown>> => ({ ok: true, data: { n: (runs += 1) } });
    const first = await runOnce(stack.store, 'k1', 'x.create', 1, work);
    const second = await runOnce(stack.store, 'k1', 'x.create', 2, work);
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
      runOnce(stack.store, 'k2', 'x', 1, work),
      runOnce(stack.store, 'k2', 'x', 1, work),
    ]);
    expect(runs).toBe(1);
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await runOnce(stack.store, 'k2', 'x', 1, work)).toEqual({ ok: true, data: 'done' });
  });

  it('forgets a failed attempt so that the same requestId can be retried', async () => {
    const failing = async (): Promise<Envelope<unknown>> => ({
      ok: false,
      error: { code: 'CONFLICT', message: '满了' },
    });
    expect(await runOnce(stack.store, 'k3', 'x', 1, failing)).toMatchObject({ ok: false });
    await expect(runOnce(stack.store, 'k3', 'x', 1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await stack.store.get('requests', 'k3')).toBeNull();
    expect(await runOnce(stack.store, 'k3', 'x', 1, async () => ({ ok: true, data: 1 }))).toEqual({
      ok: true,
      data: 1,
    });
  });
});
