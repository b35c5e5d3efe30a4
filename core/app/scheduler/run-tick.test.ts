import { TICK_JOB_NAMES } from '@tests/support/tick-jobs';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { runTick, tickJobs, type TickJob } from './run-tick';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack();
});
afterEach(() => stack.close());

const job = (name: string, run: TickJob['run']): TickJob => ({ name, run });

describe('runTick', () => {
  it('runs every job in order and reports what each handled', async () => {
    const order: string[] = [];
    const report = await runTick(stack.deps, {
      deadline: stack.deps.clock.now() + 1000,
      jobs: [job('a', async () => (order.push('a'), 2)), job('b', async () => (order.push('b'), 0))],
    });
    expect(order).toEqual(['a', 'b']);
    expect(report).toEqual({
      done: [
        { name: 'a', count: 2 },
        { name: 'b', count: 0 },
      ],
      failed: [],
      skipped: [],
    });
  });

  it('logs a failing job and still runs the rest', async () => {
    const report = await runTick(stack.deps, {
      deadline: stack.deps.clock.now() + 1000,
      jobs: [job('broken', () => Promise.reject(new Error('db down'))), job('next', async () => 1)],
    });
    expect(report).toEqual({ done: [{ name: 'next', count: 1 }], failed: ['broken'], skipped: [] });
    expect(stack.logged[0]?.message).toBe('scheduler job broken failed');
  });

  it('starts no job past the deadline, so the function returns before its timeout', async () => {
    let now = stack.deps.clock.now();
    stack.deps.clock = { now: () => now };
    const report = await runTick(stack.deps, {
      deadline: now + 10,
      jobs: [job('slow', async () => ((now += 20), 1)), job('late', async () => 1)],
    });
    expect(report).toEqual({ done: [{ name: 'slow', count: 1 }], failed: [], skipped: ['late'] });
  });

  it('runs the real jobs on the seeded database without error', async () => {
    const sender = { send: async () => ({ ok: true as const }) };
    const report = await runTick(stack.deps, { deadline: stack.deps.clock.now() + 60_000, jobs: tickJobs(sender) });
    expect(report.failed).toEqual([]);
    expect(report.done.map((d) => d.name)).toEqual(TICK_JOB_NAMES);
  });
});
