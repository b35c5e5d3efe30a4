import type { WorkingTime } from '@core/kernel/calendar/working-time';
import type { RatingLevel } from '@core/tickets';
import { isBadRating } from '@core/tickets';
import type { SupervisionLevel } from '@core/tickets';
import type { Period } from './period';
import { matchesAt, type ScopeFilter } from './scope';
import { durationStats, hoursOf, inPeriod, onTimeStats, ratio, type DurationStats, type OnTimeStats } from './stats';
import { countsForSatisfaction, holderAt, isOpenAt, type ClockFact, type TicketFact } from './ticket-fact';

export interface CategoryVolume {
  categoryId: string;
  categoryName: string;
  created: number;
  resolved: number;
  openAtEnd: number;
}

export interface SatisfactionFigures {
  ratings: number;
  bad: number;
  good: number;
  /** 差评率: ratings 1–2 ÷ all ratings given in the period. */
  badRate: number | null;
  /** Share of 4–5. */
  goodShare: number | null;
  /** Tickets confirmed (确认办结) in the period, and how many of them carry a rating. */
  confirmed: number;
  rated: number;
  ratingRate: number | null;
  byLevel: Record<RatingLevel, number>;
}

export interface OverdueLine {
  ticketId: string;
  categoryName: string;
  ownerName: string;
  teamId: string | null;
  teamName: string;
  leaderName: string;
  breachAt: number;
  overdueHours: number;
  supervisionCount: number;
}

export interface TicketFigures {
  volumes: CategoryVolume[];
  totals: { created: number; resolved: number; openAtEnd: number };
  firstResponse: DurationStats;
  firstResolution: DurationStats;
  fullResolution: DurationStats;
  onTime: { response: OnTimeStats; resolution: OnTimeStats };
  satisfaction: SatisfactionFigures;
  supervision: Record<SupervisionLevel, number>;
  overdueCount: number;
  overdue: OverdueLine[];
}

export const OVERDUE_LIST_MAX = 50;

/** A clock counts once: met at its stop, breached at its due instant (so an open ticket counts from the moment it breaches). */
export const clockOutcome = (clock: ClockFact | null, from: number, until: number): 'met' | 'breached' | null => {
  if (!clock) return null;
  if (inPeriod(clock.metAt, from, until)) return 'met';
  if (inPeriod(clock.breachAt, from, until)) return 'breached';
  return null;
};

const volumes = (facts: readonly TicketFact[], scope: ScopeFilter, p: Period, asOf: number) => {
  const rows = new Map<string, CategoryVolume>();
  const row = (f: TicketFact) => {
    const found = rows.get(f.categoryId);
    if (found) return found;
    const fresh = { categoryId: f.categoryId, categoryName: f.categoryName, created: 0, resolved: 0, openAtEnd: 0 };
    rows.set(f.categoryId, fresh);
    return fresh;
  };
  for (const f of facts) {
    if (inPeriod(f.createdAt, p.from, asOf) && matchesAt(scope, f, f.createdAt)) row(f).created += 1;
    if (inPeriod(f.firstResolvedAt, p.from, asOf) && matchesAt(scope, f, f.firstResolvedAt)) row(f).resolved += 1;
    if (isOpenAt(f, asOf) && matchesAt(scope, f, asOf)) row(f).openAtEnd += 1;
  }
  return volumeTable(rows.values());
};

/** The rows most filed first, and their totals. */
export const volumeTable = (rows: Iterable<CategoryVolume>) => {
  const list = [...rows].sort((a, b) => b.created - a.created || a.categoryId.localeCompare(b.categoryId));
  const sum = (k: 'created' | 'resolved' | 'openAtEnd') => list.reduce((s, r) => s + r[k], 0);
  return { volumes: list, totals: { created: sum('created'), resolved: sum('resolved'), openAtEnd: sum('openAtEnd') } };
};

/** 差评率, share of 4–5 and rating rate from the counts. */
export const satisfactionOf = (
  byLevel: Record<RatingLevel, number>,
  confirmed: number,
  rated: number,
): SatisfactionFigures => {
  const ratings = byLevel[1] + byLevel[2] + byLevel[3] + byLevel[4] + byLevel[5];
  const bad = ([1, 2, 3, 4, 5] as const).filter(isBadRating).reduce((s, l) => s + byLevel[l], 0);
  const good = byLevel[4] + byLevel[5];
  return {
    ratings,
    bad,
    good,
    badRate: ratio(bad, ratings),
    goodShare: ratio(good, ratings),
    confirmed,
    rated,
    ratingRate: ratio(rated, confirmed),
    byLevel,
  };
};

const satisfaction = (facts: readonly TicketFact[], scope: ScopeFilter, p: Period, asOf: number) => {
  const byLevel: Record<RatingLevel, number> = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 };
  let confirmed = 0;
  let rated = 0;
  for (const f of facts) {
    if (!countsForSatisfaction(f)) continue;
    if (f.rating && inPeriod(f.rating.at, p.from, asOf) && matchesAt(scope, f, f.rating.at))
      byLevel[f.rating.level] += 1;
    if (inPeriod(f.closedAt, p.from, asOf) && matchesAt(scope, f, f.closedAt)) {
      confirmed += 1;
      if (f.rating) rated += 1;
    }
  }
  return satisfactionOf(byLevel, confirmed, rated);
};

/** Still open at `asOf` and past a deadline then; the earliest breach is the most overdue. */
export const overdueLines = (
  facts: readonly TicketFact[],
  scope: ScopeFilter,
  asOf: number,
  time: WorkingTime,
  teamName: (id: string | null) => string,
) => {
  const lines = facts
    .filter((f) => isOpenAt(f, asOf) && matchesAt(scope, f, asOf))
    .map((f) => {
      const breaches = [f.response, f.resolution]
        .filter((c) => c !== null && c.metAt === null && c.breachAt !== null && c.breachAt <= asOf)
        .map((c) => c?.breachAt as number);
      return { f, breachAt: breaches.length ? Math.min(...breaches) : null };
    })
    .filter((x): x is { f: TicketFact; breachAt: number } => x.breachAt !== null)
    .sort((a, b) => a.breachAt - b.breachAt || a.f.id.localeCompare(b.f.id));
  const overdue = lines.slice(0, OVERDUE_LIST_MAX).map(({ f, breachAt }): OverdueLine => {
    const { teamId } = holderAt(f, asOf);
    return {
      ticketId: f.id,
      categoryName: f.categoryName,
      ownerName: f.assigneeName || '待分派',
      teamId,
      teamName: teamName(teamId),
      leaderName: f.leaderName,
      breachAt,
      overdueHours: hoursOf(time.workingMsBetween(breachAt, asOf) / 60_000) ?? 0,
      supervisionCount: f.supervision.filter((s) => s.at <= asOf).length,
    };
  });
  return { overdueCount: lines.length, overdue };
};

/** Every ticket figure of the dashboard for one period and scope, counted up to `asOf` = min(period end, now). */
export const ticketFigures = (
  facts: readonly TicketFact[],
  scope: ScopeFilter,
  p: Period,
  asOf: number,
  time: WorkingTime,
  teamName: (id: string | null) => string,
): TicketFigures => {
  const inScope = (at: number | null): at is number => inPeriod(at, p.from, asOf);
  const pick = (get: (f: TicketFact) => [number | null, number | null]) =>
    facts.flatMap((f) => {
      const [at, minutes] = get(f);
      return inScope(at) && minutes !== null && matchesAt(scope, f, at) ? [minutes] : [];
    });
  const count = (clock: 'response' | 'resolution') => {
    let met = 0;
    let breached = 0;
    for (const f of facts) {
      const outcome = clockOutcome(f[clock], p.from, asOf);
      const at = outcome === 'met' ? f[clock]?.metAt : f[clock]?.breachAt;
      if (outcome === null || at == null || !matchesAt(scope, f, at)) continue;
      if (outcome === 'met') met += 1;
      else breached += 1;
    }
    return onTimeStats(met, breached);
  };
  const supervision: Record<SupervisionLevel, number> = { leader: 0, office: 0 };
  for (const f of facts) {
    for (const s of f.supervision) if (inScope(s.at) && matchesAt(scope, f, s.at)) supervision[s.level] += 1;
  }
  return {
    ...volumes(facts, scope, p, asOf),
    firstResponse: durationStats(pick((f) => [f.respondedAt, f.responseMinutes])),
    firstResolution: durationStats(pick((f) => [f.firstResolvedAt, f.firstResolveMinutes])),
    fullResolution: durationStats(
      pick((f) => (countsForSatisfaction(f) ? [f.closedAt, f.fullResolveMinutes] : [null, null])),
    ),
    onTime: { response: count('response'), resolution: count('resolution') },
    satisfaction: satisfaction(facts, scope, p, asOf),
    supervision,
    ...overdueLines(facts, scope, asOf, time, teamName),
  };
};
