import { dataOf, errorOf, setNow } from '@tests/support/dispatch-kit';
import { FIXED_NOW } from '@tests/support/temp-sqlite-store';
import { DEFAULT_MUTATION_BUCKET } from './rate-limit';
import type { FairUseSettings } from './rate-bucket-repo';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const markRead = (as: Parameters<typeof kit.send>[0] = 'investor', requestId?: string) =>
  kit.send(as, 'messages.markRead', { all: true }, requestId);

describe('fair use: a token bucket per identity on mutations, kept in the store', () => {
  it('refuses the change past the burst with RATE_LIMITED, then lets one through per second', async () => {
    for (let i = 0; i < DEFAULT_MUTATION_BUCKET.capacity; i += 1) dataOf(await markRead());
    expect(errorOf(await markRead())).toEqual({ code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' });
    // Another person has their own bucket; reads are never limited.
    dataOf(await markRead('enterprise'));
    dataOf(await kit.send('investor', 'messages.unreadCount', {}));
    setNow(kit.stack, FIXED_NOW + 1000);
    dataOf(await markRead());
    expect(errorOf(await markRead()).code).toBe('RATE_LIMITED');
  });

  it('does not charge a replay of an answered request, and a refused request may be retried later', async () => {
    const first = dataOf(await markRead('investor', 'replay-0001'));
    for (let i = 1; i < DEFAULT_MUTATION_BUCKET.capacity; i += 1) dataOf(await markRead());
    expect(dataOf(await markRead('investor', 'replay-0001'))).toEqual(first);
    expect(errorOf(await markRead('investor', 'later-0001')).code).toBe('RATE_LIMITED');
    setNow(kit.stack, FIXED_NOW + 5000);
    dataOf(await markRead('investor', 'later-0001'));
  });

  it('holds under a burst: of 80 simultaneous changes only the bucket’s capacity runs', async () => {
    const answers = await Promise.all(Array.from({ length: 80 }, () => markRead()));
    expect(answers.filter((a) => a.ok)).toHaveLength(DEFAULT_MUTATION_BUCKET.capacity);
  });

  it('takes the office’s settings/fair-use when there is one', async () => {
    await kit.stack.store.insert<'settings', FairUseSettings>('settings', {
      id: 'fair-use',
      version: 1,
      mutations: { capacity: 2, refillPerSecond: 0.1 },
    });
    dataOf(await markRead());
    dataOf(await markRead());
    expect(errorOf(await markRead()).code).toBe('RATE_LIMITED');
  });
});
