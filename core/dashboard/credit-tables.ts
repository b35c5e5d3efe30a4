import { isBadRating } from '@core/tickets';
import type { Period } from './period';
import { matchesAt, type ScopeFilter } from './scope';
import { hoursOf, inPeriod, nearestRank, ratio } from './stats';
import { clockOutcome } from './ticket-figures';
import { countsForSatisfaction, holderAt, type TicketFact } from './ticket-fact';

/** One person's or team's line: every figure credited to whoever held the work at that figure's instant. */
export interface CreditRow {
  id: string;
  name: string;
  received: number;
  resolved: number;
  responseMet: number;
  responseBreached: number;
  responseRate: number | null;
  resolutionMet: number;
  resolutionBreached: number;
  resolutionRate: number | null;
  medianResponseHours: number | null;
  ratings: number;
  badRatings: number;
  supervision: number;
}

export type CreditCounter = Omit<
  CreditRow,
  'id' | 'name' | 'responseRate' | 'resolutionRate' | 'medianResponseHours'
> & {
  responseMinutes: number[];
};

export const emptyCreditCounter = (): CreditCounter => ({
  received: 0,
  resolved: 0,
  responseMet: 0,
  responseBreached: 0,
  resolutionMet: 0,
  resolutionBreached: 0,
  ratings: 0,
  badRatings: 0,
  supervision: 0,
  responseMinutes: [],
});

type Credit = (at: number, add: (c: CreditCounter) => void) => void;

/** Walks every figure-instant of the period once, handing it to `credit` with the instant it happened. */
const eachCredit = (facts: readonly TicketFact[], p: Period, asOf: number, credit: (f: TicketFact) => Credit) => {
  const inScope = (at: number | null | undefined): at is number => inPeriod(at, p.from, asOf);
  for (const f of facts) {
    const give = credit(f);
    if (inScope(f.createdAt)) give(f.createdAt, (c) => (c.received += 1));
    if (inScope(f.firstResolvedAt)) give(f.firstResolvedAt, (c) => (c.resolved += 1));
    if (inScope(f.respondedAt) && f.responseMinutes !== null) {
      const minutes = f.responseMinutes;
      give(f.respondedAt, (c) => c.responseMinutes.push(minutes));
    }
    for (const clock of ['response', 'resolution'] as const) {
      const outcome = clockOutcome(f[clock], p.from, asOf);
      const at = outcome === 'met' ? f[clock]?.metAt : f[clock]?.breachAt;
      if (outcome === null || at == null) continue;
      give(at, (c) => {
        if (clock === 'response') c[outcome === 'met' ? 'responseMet' : 'responseBreached'] += 1;
        else c[outcome === 'met' ? 'resolutionMet' : 'resolutionBreached'] += 1;
      });
    }
    const rating = f.rating;
    if (rating && inScope(rating.at) && countsForSatisfaction(f)) {
      give(rating.at, (c) => {
        c.ratings += 1;
        if (isBadRating(rating.level)) c.badRatings += 1;
      });
    }
    for (const s of f.supervision) if (inScope(s.at)) give(s.at, (c) => (c.supervision += 1));
  }
};

export const toRow = (id: string, name: string, c: CreditCounter): CreditRow => {
  const { responseMinutes, ...counts } = c;
  return {
    id,
    name,
    ...counts,
    responseRate: ratio(c.responseMet, c.responseMet + c.responseBreached),
    resolutionRate: ratio(c.resolutionMet, c.resolutionMet + c.resolutionBreached),
    medianResponseHours: hoursOf(nearestRank(responseMinutes, 50)),
  };
};

/** Adds to the counter of `key` (none for an unassigned holder). */
export const bump = (map: Map<string, CreditCounter>, key: string | null, add: (c: CreditCounter) => void): void => {
  if (key === null) return;
  const counter = map.get(key) ?? emptyCreditCounter();
  map.set(key, counter);
  add(counter);
};

/** The rows most received first. */
export const creditRows = (map: Map<string, CreditCounter>, name: (id: string) => string): CreditRow[] =>
  [...map.entries()]
    .map(([id, c]) => toRow(id, name(id), c))
    .sort((a, b) => b.received - a.received || a.id.localeCompare(b.id));

/** Per person and per team, each figure credited to the holder at its instant; only figures inside the scope. */
export const creditTables = (
  facts: readonly TicketFact[],
  scope: ScopeFilter,
  p: Period,
  asOf: number,
  names: { person: (id: string) => string; team: (id: string) => string },
): { people: CreditRow[]; teams: CreditRow[] } => {
  const people = new Map<string, CreditCounter>();
  const teams = new Map<string, CreditCounter>();
  eachCredit(facts, p, asOf, (f) => (at, add) => {
    if (!matchesAt(scope, f, at)) return;
    const holder = holderAt(f, at);
    bump(people, holder.userId, add);
    bump(teams, holder.teamId, add);
  });
  return { people: creditRows(people, names.person), teams: creditRows(teams, names.team) };
};
