import { FIXED_NOW, openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { REQUEST_RETENTION_MS, runOnce } from './idempotency';
import { purgeOldRequests } from './purge-requests';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack({ seed: false });
});
afterEach(() => stack.close());

describe('purgeOldRequests (scheduler job)', () => {
  it('removes idempotency records older than 7 days and keeps the rest', async () => {
    const work = async () => ({ ok: true as const, data: 1 });
    const old = FIXED_NOW - REQUEST_RETENTION_MS - 1;
    for (let i = 0; i < 130; i += 1)
      await runOnce(stack.store, { key: `old-${i}`, action: 'x', now: old - i, input: {} }, work);
    await runOnce(
      stack.store,
      { key: 'recent', action: 'x', now: FIXED_NOW - REQUEST_RETENTION_MS + 1, input: {} },
      work,
    );
    expect(await purgeOldRequests(stack.deps, FIXED_NOW + 60_000)).toBe(130);
    expect(await stack.store.count('requests')).toBe(1);
    expect(await stack.store.get('requests', 'recent')).not.toBeNull();
  });
});
