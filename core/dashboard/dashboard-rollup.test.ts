import { setNow } from '@tests/support/dispatch-kit';
import { at, SCENARIO, SCENARIO_NOW, scenarioTicket } from '@tests/support/dashboard-scenario';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { loadWorkingTime } from '@core/settings';
import { dashboardFiguresFromCells } from './cell-figures';
import { dashboardFigures } from './dashboard-figures';
import { dashboardRepo } from './dashboard-repo';
import { loadDashboardSource, rollUpDashboard } from './dashboard-rollup';
import { presetPeriod } from './period';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack({ seed: false });
  await stack.store.transaction(async (tx) => {
    for (const s of SCENARIO) {
      const { ticket, events } = scenarioTicket(s);
      await tx.insert('tickets', ticket);
      for (const e of events) await tx.insert('ticket_events', e);
    }
  });
  setNow(stack, SCENARIO_NOW);
});
afterEach(() => stack.close());

const rollUp = () => rollUpDashboard(stack.deps, Number.MAX_SAFE_INTEGER);
const storedDays = async () =>
  (await stack.store.find('dashboard_days', { limit: 100 })).items
    .map(({ id, activeUntil, facts, cells }) => ({ id, activeUntil, facts, cells }))
    .sort((a, b) => a.id.localeCompare(b.id));

const names = { person: (id: string) => id, team: (id: string) => id, park: (id: string) => id };
const answers = async (now: number) => {
  const time = await loadWorkingTime(stack.store);
  const period = presetPeriod('week', now);
  const source = await loadDashboardSource(stack.store, time, period);
  const input = { followUps: [], visits: [], period, scope: {}, now, time, names };
  return {
    scan: dashboardFigures({ ...input, facts: source.all() }),
    rolled: dashboardFiguresFromCells({ ...input, source }),
  };
};

describe('the dashboard roll-up (dashboard_days)', () => {
  it('rebuilding from scratch writes the same days (idempotent)', async () => {
    expect(await rollUp()).toBe(SCENARIO.length);
    const first = await storedDays();
    expect(first.map((d) => d.id)).toEqual(['2026-11-25', '2026-11-26', '2026-11-30', '2026-12-01', '2026-12-02']);
    const repo = dashboardRepo(stack.store);
    await repo.saveMark(await repo.mark(), { ticketsAt: 0, supervisionAt: 0 });
    expect(await rollUp()).toBe(SCENARIO.length);
    expect(await storedDays()).toEqual(first);
  });

  it('a rating given days after 确认办结 updates the cell of its own day, and the answer stays the scan’s', async () => {
    await rollUp();
    // t7 was confirmed on 1 Dec without a rating; the enterprise rates it (bad) on Friday 4 Dec, after the roll-up ran.
    const ratedAt = at('2026-12-04', '18:00');
    setNow(stack, ratedAt);
    const t7 = await stack.store.get('tickets', 't7');
    if (!t7) throw new Error('t7 missing');
    await stack.store.update('tickets', 't7', t7.version, {
      rating: { level: 1, comment: '', at: ratedAt },
      updatedAt: ratedAt,
    });
    const before = await answers(ratedAt);
    // Before the scheduler runs, the live delta already counts it.
    expect(before.rolled).toEqual(before.scan);
    expect(before.rolled.tickets.satisfaction.byLevel[1]).toBe(1);
    await rollUp();
    const day = (await storedDays()).find((d) => d.id === '2026-11-25');
    const cell = day?.cells?.find((c) => c.day === '2026-12-04' && c.ratings[1] === 1);
    expect(cell).toMatchObject({ categoryId: 'A', teamId: 'team-a', userId: 'u-a' });
    const after = await answers(ratedAt);
    expect(after.rolled).toEqual(after.scan);
    expect(after.rolled.tickets.satisfaction).toMatchObject({ ratings: 3, bad: 2 });
  });

  it('after the roll-up moves its mark, an answer re-reads only the days of what changed', async () => {
    await rollUp();
    const ratedAt = at('2026-12-04', '18:00');
    setNow(stack, ratedAt);
    await answers(ratedAt);
    const t7 = await stack.store.get('tickets', 't7');
    if (!t7) throw new Error('t7 missing');
    await stack.store.update('tickets', 't7', t7.version, {
      rating: { level: 1, comment: '', at: ratedAt },
      updatedAt: ratedAt,
    });
    const finds = jest.spyOn(stack.store, 'find');
    const gets = jest.spyOn(stack.store, 'get');
    const dayReads = () => ({
      finds: finds.mock.calls.filter(([c]) => c === 'dashboard_days').length,
      gets: gets.mock.calls.filter(([c]) => c === 'dashboard_days').map(([, id]) => id),
    });
    await rollUp();
    // The roll-up rewrites t7's day, then re-reads that day alone to leave the answers' days warm.
    expect(dayReads()).toEqual({ finds: 0, gets: ['2026-11-25', '2026-11-25'] });
    finds.mockClear();
    gets.mockClear();
    const after = await answers(ratedAt);
    expect(dayReads()).toEqual({ finds: 0, gets: [] });
    // The refreshed day holds the late rating: no live delta is left to count it.
    expect(after.rolled).toEqual(after.scan);
    expect(after.rolled.tickets.satisfaction).toMatchObject({ ratings: 3, bad: 2 });
  });

  it('the roll-up leaves the current quarter warm: the first answer after it reads no day, and equals the scan', async () => {
    await rollUp();
    const finds = jest.spyOn(stack.store, 'find');
    const gets = jest.spyOn(stack.store, 'get');
    const first = await answers(SCENARIO_NOW);
    expect(finds.mock.calls.filter(([c]) => c === 'dashboard_days')).toEqual([]);
    expect(gets.mock.calls.filter(([c]) => c === 'dashboard_days')).toEqual([]);
    expect(first.rolled).toEqual(first.scan);
    expect(first.scan.tickets.totals.created).toBeGreaterThan(0);
  });
});
