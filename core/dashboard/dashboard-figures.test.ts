import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime } from '@core/kernel/calendar/working-time';
import {
  RESOLUTION_DAYS,
  RESPONSE_HOURS,
  SCENARIO,
  SCENARIO_NOW,
  SCENARIO_PERIOD,
  scenarioFollowUps,
  scenarioTicket,
  type ScenarioTicket,
} from '../../tests/support/dashboard-scenario';
import { dashboardFigures } from './dashboard-figures';
import { periodOf } from './period';
import type { ScopeFilter } from './scope';
import { ticketFact } from './ticket-fact';

const time = createWorkingTime(createWorkingCalendar([]));
const period = periodOf(SCENARIO_PERIOD.fromDate, SCENARIO_PERIOD.toDate);
const facts = SCENARIO.map((s) => {
  const { ticket, events } = scenarioTicket(s);
  return ticketFact(ticket, events, time);
});
const names = { person: (id: string) => `人${id}`, team: (id: string) => `队${id}`, park: (id: string) => `园${id}` };
const figuresFor = (scope: ScopeFilter = {}) =>
  dashboardFigures({
    facts,
    followUps: scenarioFollowUps((ratedAt) => ratedAt + 7 * 86_400_000),
    visits: [],
    period,
    scope,
    now: SCENARIO_NOW,
    time,
    names,
  });

// ---- An independent reckoning: minute by minute over 08:30–12:00 and 13:30–17:30, Monday to Friday (no holidays in these weeks).
const MINUTE = 60_000;
const isWorkingMinute = (t: number) => {
  const local = new Date(t + 8 * 3_600_000);
  const day = local.getUTCDay();
  const m = local.getUTCHours() * 60 + local.getUTCMinutes();
  return day >= 1 && day <= 5 && ((m >= 510 && m < 720) || (m >= 810 && m < 1050));
};
const pausesOf = (s: ScenarioTicket): [number, number][] => [
  ...s.waits,
  ...(s.resolvedAt !== null ? [[s.resolvedAt, s.closedAt ?? Infinity] as [number, number]] : []),
];
const isPaused = (s: ScenarioTicket, t: number) => pausesOf(s).some(([a, b]) => t >= a && t < b);
/** Working minutes from filing to `until`, minutes spent waiting for the enterprise left out. */
const usedMinutes = (s: ScenarioTicket, until: number) => {
  let n = 0;
  for (let t = s.createdAt; t < until; t += MINUTE) if (isWorkingMinute(t) && !isPaused(s, t)) n += 1;
  return n;
};
/** The instant the target's last working minute ends. */
const dueInstant = (s: ScenarioTicket, target: number) => {
  let n = 0;
  let t = s.createdAt;
  while (n < target && t < s.createdAt + 60 * 86_400_000) {
    if (isWorkingMinute(t) && !isPaused(s, t)) n += 1;
    t += MINUTE;
  }
  return t;
};
const asOf = SCENARIO_NOW;
const inP = (t: number | null): t is number => t !== null && t >= period.from && t < asOf;
const outcome = (s: ScenarioTicket, target: number, stop: number | null) => {
  if (s.cancelledAt !== null) return null;
  if (stop !== null && usedMinutes(s, stop) <= target) return inP(stop) ? { kind: 'met', at: stop } : null;
  // Late (stopped past the target, or still running): breached when the target's last minute ended.
  const due = dueInstant(s, target);
  return inP(due) ? { kind: 'breached', at: due } : null;
};
const responseOutcome = (s: ScenarioTicket) => outcome(s, RESPONSE_HOURS * 60, s.acceptedAt);
const resolutionOutcome = (s: ScenarioTicket) => outcome(s, RESOLUTION_DAYS * 450, s.resolvedAt);
const rate = (met: number, breached: number) => Math.round((met / (met + breached)) * 10_000) / 10_000;
/** Both on-time rates of some tickets, reckoned from their outcomes. */
const onTimeOf = (tickets: readonly ScenarioTicket[]) => {
  const count = (of: typeof responseOutcome) => {
    const outcomes = tickets.map(of);
    const met = outcomes.filter((o) => o?.kind === 'met').length;
    const breached = outcomes.filter((o) => o?.kind === 'breached').length;
    return { met, breached, rate: rate(met, breached) };
  };
  return { response: count(responseOutcome), resolution: count(resolutionOutcome) };
};
const nearest = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1];
const hours = (minutes: number | undefined) => Math.round(((minutes ?? NaN) / 60) * 100) / 100;
const holderAt = (s: ScenarioTicket, t: number) => [...s.holders].reverse().find(([from]) => from <= t) ?? s.holders[0];

describe('dashboard figures on the seeded week (independent reckoning)', () => {
  const f = figuresFor();

  it('on-time rates, response and resolution separately: met ÷ (met + breached), cancelled excluded', () => {
    expect(f.tickets.onTime).toEqual(onTimeOf(SCENARIO));
    // The scenario is built so both kinds occur: a late acceptance and a still-open breach.
    expect(f.tickets.onTime.response.breached).toBeGreaterThanOrEqual(2);
  });

  it('median and P90 first response (filing → first acceptance, working time), nearest rank', () => {
    const minutes = SCENARIO.filter((s) => inP(s.acceptedAt)).map((s) => usedMinutes(s, s.acceptedAt as number));
    expect(f.tickets.firstResponse).toEqual({
      count: minutes.length,
      medianHours: hours(nearest(minutes, 50)),
      p90Hours: hours(nearest(minutes, 90)),
    });
  });

  it('first and full resolution time in working time minus the waits for the enterprise', () => {
    const first = SCENARIO.filter((s) => inP(s.resolvedAt)).map((s) => usedMinutes(s, s.resolvedAt as number));
    const full = SCENARIO.filter((s) => inP(s.closedAt)).map((s) => usedMinutes(s, s.closedAt as number));
    expect(f.tickets.firstResolution.medianHours).toBe(hours(nearest(first, 50)));
    expect(f.tickets.firstResolution.count).toBe(first.length);
    expect(f.tickets.fullResolution.medianHours).toBe(hours(nearest(full, 50)));
    expect(f.tickets.fullResolution.p90Hours).toBe(hours(nearest(full, 90)));
  });

  it('差评率, share of 4–5 and rating rate', () => {
    const rated = SCENARIO.filter((s) => s.rating !== null && inP(s.closedAt));
    const confirmed = SCENARIO.filter((s) => inP(s.closedAt));
    const bad = rated.filter((s) => (s.rating ?? 5) <= 2).length;
    const good = rated.filter((s) => (s.rating ?? 0) >= 4).length;
    expect(f.tickets.satisfaction).toMatchObject({
      ratings: rated.length,
      bad,
      good,
      badRate: rate(bad, rated.length - bad),
      goodShare: rate(good, rated.length - good),
      confirmed: confirmed.length,
      rated: rated.length,
      ratingRate: rate(rated.length, confirmed.length - rated.length),
    });
  });

  it('volumes per category: created, first resolved, open at the period end', () => {
    for (const category of ['A', 'B'] as const) {
      const mine = SCENARIO.filter((s) => s.category === category);
      const open = mine.filter(
        (s) => s.createdAt < asOf && [s.resolvedAt, s.cancelledAt].every((x) => x === null || x >= asOf),
      );
      expect(f.tickets.volumes.find((v) => v.categoryId === category)).toMatchObject({
        created: mine.filter((s) => inP(s.createdAt)).length,
        resolved: mine.filter((s) => inP(s.resolvedAt)).length,
        openAtEnd: open.length,
      });
    }
  });

  it('督办 by level, and the 整改 a bad rating opened', () => {
    expect(f.tickets.supervision).toEqual({
      leader: SCENARIO.filter((s) => inP(s.supervisedAt)).length,
      office: SCENARIO.filter((s) => inP(s.escalatedAt)).length,
    });
    expect(f.followUps.opened).toBe(SCENARIO.filter((s) => (s.rating ?? 5) <= 2 && inP(s.closedAt)).length);
  });

  it('lists the overdue open tickets most overdue first, with overdue working hours and 督办 count', () => {
    const expected = SCENARIO.filter((s) => s.cancelledAt === null && s.resolvedAt === null)
      .map((s) => {
        const dues = [
          ...(s.acceptedAt === null ? [dueInstant(s, RESPONSE_HOURS * 60)] : []),
          dueInstant(s, RESOLUTION_DAYS * 450),
        ].filter((d) => d <= asOf);
        return { s, breachAt: dues.length ? Math.min(...dues) : null };
      })
      .filter((x): x is { s: ScenarioTicket; breachAt: number } => x.breachAt !== null)
      .sort((a, b) => a.breachAt - b.breachAt)
      .map(({ s, breachAt }) => {
        let minutes = 0;
        for (let t = breachAt; t < asOf; t += MINUTE) if (isWorkingMinute(t)) minutes += 1;
        const supervision = [s.supervisedAt, s.escalatedAt].filter((x) => x !== null).length;
        return { ticketId: s.id, overdueHours: hours(minutes), supervisionCount: supervision };
      });
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(
      f.tickets.overdue.map((o) => ({
        ticketId: o.ticketId,
        overdueHours: o.overdueHours,
        supervisionCount: o.supervisionCount,
      })),
    ).toEqual(expected);
    expect(f.tickets.overdueCount).toBe(expected.length);
  });

  it('credits each figure to the team holding the work at that moment', () => {
    for (const teamId of ['team-a', 'team-b']) {
      const breaches = SCENARIO.map((s) => ({ s, o: responseOutcome(s) })).filter(
        ({ s, o }) => o?.kind === 'breached' && holderAt(s, o.at)?.[2] === teamId,
      ).length;
      const received = SCENARIO.filter((s) => inP(s.createdAt) && holderAt(s, s.createdAt)?.[2] === teamId).length;
      expect(f.teams.find((t) => t.id === teamId)).toMatchObject({
        responseBreached: breaches,
        received,
        name: `队${teamId}`,
      });
    }
    // t2 was filed with team A and breached after its transfer: the breach is team B's.
    expect(f.teams.find((t) => t.id === 'team-b')?.responseBreached).toBeGreaterThanOrEqual(1);
  });

  it('a team scope counts only the figures of the work that team held', () => {
    const scoped = figuresFor({ teamIds: new Set(['team-b']) });
    const own = f.teams.find((t) => t.id === 'team-b');
    expect(scoped.tickets.totals.created).toBe(own?.received);
    expect(scoped.tickets.onTime.response.breached).toBe(own?.responseBreached);
    expect(scoped.teams.map((t) => t.id)).toEqual(['team-b']);
  });

  it('trend: the days sum to the period totals', () => {
    expect(f.trend.reduce((s, p) => s + p.created, 0)).toBe(f.tickets.totals.created);
    expect(f.trend.reduce((s, p) => s + p.resolved, 0)).toBe(f.tickets.totals.resolved);
    expect(f.trend[f.trend.length - 1]?.open).toBe(f.tickets.totals.openAtEnd);
  });
});

describe('项目节点 tickets: their own category in volumes, on-time and overdue; out of satisfaction and 确认办结 times', () => {
  // Every scenario ticket again as a plan node's work item: the same clocks, confirmed by the system, never rated.
  const NODES: ScenarioTicket[] = SCENARIO.map((s) => ({
    ...s,
    id: `node-${s.id}`,
    category: 'project-node',
    rating: null,
  }));
  const BOTH = [...SCENARIO, ...NODES];
  const f = dashboardFigures({
    facts: BOTH.map((s) => {
      const { ticket, events } = scenarioTicket(s);
      return ticketFact(ticket, events, time);
    }),
    ...{ followUps: [], visits: [], period, scope: {}, now: SCENARIO_NOW, time, names },
  });

  it('count in volumes under 项目节点 and in both on-time rates', () => {
    expect(f.tickets.volumes.find((v) => v.categoryId === 'project-node')).toMatchObject({
      categoryName: '项目节点',
      created: NODES.filter((s) => inP(s.createdAt)).length,
      resolved: NODES.filter((s) => inP(s.resolvedAt)).length,
    });
    expect(f.tickets.onTime).toEqual(onTimeOf(BOTH));
    expect(f.tickets.overdueCount).toBe(2 * figuresFor().tickets.overdueCount);
    expect(f.tickets.firstResponse.count).toBe(BOTH.filter((s) => inP(s.acceptedAt)).length);
  });

  it('stay out of 差评率, the rating rate and the 确认办结 times', () => {
    const confirmed = SCENARIO.filter((s) => inP(s.closedAt));
    const rated = confirmed.filter((s) => s.rating !== null);
    expect(NODES.filter((s) => inP(s.closedAt)).length).toBeGreaterThan(0);
    expect(f.tickets.satisfaction).toMatchObject({
      ratings: rated.length,
      confirmed: confirmed.length,
      rated: rated.length,
      ratingRate: rate(rated.length, confirmed.length - rated.length),
    });
    const full = confirmed.map((s) => usedMinutes(s, s.closedAt as number));
    expect(f.tickets.fullResolution).toEqual({
      count: full.length,
      medianHours: hours(nearest(full, 50)),
      p90Hours: hours(nearest(full, 90)),
    });
  });
});
