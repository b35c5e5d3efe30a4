import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime } from '@core/kernel/calendar/working-time';
import { localDateOf } from '@core/kernel/calendar/local-date';
import type { RatingLevel } from '@core/tickets';
import { at, SCENARIO, SCENARIO_NOW, scenarioTicket, type ScenarioTicket } from '@tests/support/dashboard-scenario';
import { dashboardFiguresFromCells } from './cell-figures';
import { dashboardFigures, type DashboardInput } from './dashboard-figures';
import { factSource, indexDay } from './fact-source';
import { cellsOf } from './figure-cells';
import { periodOf, presetPeriod } from './period';
import type { ScopeFilter } from './scope';
import { activeUntil, ticketFact, type TicketFact } from './ticket-fact';

const HOUR = 3_600_000;
const time = createWorkingTime(createWorkingCalendar([]));
const START = at('2026-11-16', '00:00');

/** 260 tickets every 89 minutes from 16 Nov: every hour of the day (so around 00:00 +08:00), transfers, waits, late ratings. */
const generated = (i: number): ScenarioTicket => {
  const createdAt = START + i * 89 * 60_000;
  const upTo = (t: number | null) => (t !== null && t <= SCENARIO_NOW ? t : null);
  const cancelled = i % 17 === 0;
  const acceptedAt = cancelled || i % 5 === 0 ? null : upTo(createdAt + (i % 9) * HOUR);
  const resolvedAt = cancelled || acceptedAt === null || i % 4 === 0 ? null : upTo(createdAt + (10 + (i % 50)) * HOUR);
  const closedAt = resolvedAt === null || i % 3 === 1 ? null : upTo(resolvedAt + 26 * HOUR);
  return {
    id: `g${i}`,
    // Every 13th is a 项目节点 ticket, confirmed by the system (no rating).
    category: i % 13 === 0 ? 'project-node' : i % 2 ? 'A' : 'B',
    parkId: i % 3 ? 'park-1' : 'park-2',
    createdAt,
    holders:
      i % 3 === 0
        ? [
            [createdAt, 'u-a', 'team-a'],
            [createdAt + 2 * HOUR, i % 2 ? 'u-b' : 'u-c', 'team-b'],
          ]
        : [[createdAt, i % 2 ? 'u-a' : 'u-d', 'team-a']],
    acceptedAt,
    waits:
      acceptedAt !== null && resolvedAt !== null && i % 7 === 0 ? [[acceptedAt + HOUR, acceptedAt + 20 * HOUR]] : [],
    resolvedAt: resolvedAt !== null && i % 7 === 0 && acceptedAt !== null ? upTo(acceptedAt + 30 * HOUR) : resolvedAt,
    closedAt,
    cancelledAt: cancelled ? upTo(createdAt + HOUR) : null,
    rating: closedAt !== null && i % 2 === 0 && i % 13 !== 0 ? ((((i / 2) % 5) + 1) as RatingLevel) : null,
    supervisedAt: i % 11 === 0 ? upTo(createdAt + 30 * HOUR) : null,
    escalatedAt: i % 22 === 0 ? upTo(createdAt + 54 * HOUR) : null,
  };
};

/** Filed at 00:00 +08:00 and never taken up: open from the very instant that ends 19 Nov, so not at its end. */
const OPEN_FROM_MIDNIGHT: ScenarioTicket = {
  ...generated(1),
  ...{ id: 'open-from-midnight', createdAt: at('2026-11-20', '00:00'), acceptedAt: null, resolvedAt: null },
  ...{ waits: [], closedAt: null, cancelledAt: null, rating: null, supervisedAt: null, escalatedAt: null },
  holders: [[at('2026-11-20', '00:00'), 'u-a', 'team-a']],
};

const scenario = [...SCENARIO, ...Array.from({ length: 260 }, (_, i) => generated(i)), OPEN_FROM_MIDNIGHT];
const facts: TicketFact[] = scenario.map((s, i) => {
  const { ticket, events } = scenarioTicket(s);
  // Every fourth rating is given days after 确认办结: the late event lands on its own day.
  if (ticket.rating && i % 4 === 0 && ticket.rating.at + 3 * 24 * HOUR <= SCENARIO_NOW) {
    ticket.rating = { ...ticket.rating, at: ticket.rating.at + 3 * 24 * HOUR };
  }
  return ticketFact(ticket, events, time);
});

/** The roll-up's documents: one per filing day, each with the cells of its facts, indexed as an answer reads them. */
const byDay = new Map<string, TicketFact[]>();
for (const f of facts) byDay.set(localDateOf(f.createdAt), [...(byDay.get(localDateOf(f.createdAt)) ?? []), f]);
const source = factSource(
  [...byDay].map(([day, list]) => indexDay(day, Math.max(...list.map(activeUntil)), list, cellsOf(list))),
);

const names = { person: (id: string) => `人${id}`, team: (id: string) => `队${id}`, park: (id: string) => `园${id}` };
const both = (period: DashboardInput['period'], scope: ScopeFilter, now = SCENARIO_NOW) => {
  const input = { followUps: [], visits: [], period, scope, now, time, names };
  return { scan: dashboardFigures({ ...input, facts }), rolled: dashboardFiguresFromCells({ ...input, source }) };
};

const SCOPES: [string, ScopeFilter][] = [
  ['all', {}],
  ['team-a', { teamIds: new Set(['team-a']) }],
  ['team-b (took work over)', { teamIds: new Set(['team-b']) }],
  ['person u-b', { userId: 'u-b' }],
  ['park-2', { parkId: 'park-2' }],
];

describe('roll-up cells give the same answer as the scan over ticket facts', () => {
  it.each(SCOPES)('this week, cut at now (17:00 +08:00 on Friday): %s', (_, scope) => {
    const { scan, rolled } = both(presetPeriod('week', SCENARIO_NOW), scope);
    expect(scan.tickets.totals.created).toBeGreaterThan(0);
    expect(rolled).toEqual(scan);
  });

  it.each(SCOPES)('a past custom period (whole days at +08:00, 17–29 Nov): %s', (_, scope) => {
    const { scan, rolled } = both(periodOf('2026-11-17', '2026-11-30'), scope);
    expect(scan.tickets.firstResponse.count).toBeGreaterThan(0);
    expect(scan.tickets.totals.openAtEnd).toBeGreaterThan(0);
    expect(rolled).toEqual(scan);
  });

  it('a day cut a minute after 00:00 +08:00, and one a minute before it', () => {
    for (const now of [at('2026-12-03', '00:01'), at('2026-12-02', '23:59')]) {
      const { scan, rolled } = both(periodOf('2026-11-25', '2026-12-10'), {}, now);
      expect(rolled).toEqual(scan);
      expect(rolled.trend.at(-1)?.date).toBe(localDateOf(now));
    }
  });

  it('the quarter, where ratings given days after 确认办结 count on their own day', () => {
    const { scan, rolled } = both(presetPeriod('quarter', SCENARIO_NOW), {});
    expect(scan.tickets.satisfaction.ratings).toBeGreaterThan(10);
    expect(scan.tickets.volumes.find((v) => v.categoryId === 'project-node')?.created).toBeGreaterThan(10);
    expect(rolled).toEqual(scan);
  });
});
