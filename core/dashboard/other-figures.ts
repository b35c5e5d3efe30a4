import { isRatingFollowUp, type FollowUp } from '@core/tickets';
import type { Visit, VisitStatus } from '@core/visits';
import { localDateOf } from '@core/kernel/calendar/local-date';
import { periodDays, type Period } from './period';
import { matchesAt, visitMatches, type ScopeFilter } from './scope';
import { inPeriod, ratio } from './stats';
import type { TicketFact } from './ticket-fact';

const DAY = 86_400_000;

export interface FollowUpFigures {
  /** 整改 opened in the period. */
  opened: number;
  /** Closed in the period, by their due instant. */
  closedOnTime: number;
  /** Due in the period and not closed by then (closed late, or still open). */
  overdue: number;
}

export const followUpFigures = (
  followUps: readonly FollowUp[],
  factOf: (ticketId: string) => TicketFact | undefined,
  scope: ScopeFilter,
  p: Period,
  asOf: number,
): FollowUpFigures => {
  const figures = { opened: 0, closedOnTime: 0, overdue: 0 };
  for (const u of followUps) {
    const fact = isRatingFollowUp(u) ? factOf(u.ticketId) : undefined;
    // A 整改 belongs to whoever held the ticket when it was rated badly.
    const isMine = fact ? matchesAt(scope, fact, u.createdAt) : Object.keys(scope).length === 0;
    if (!isMine) continue;
    if (inPeriod(u.createdAt, p.from, asOf)) figures.opened += 1;
    if (inPeriod(u.closedAt, p.from, asOf) && (u.closedAt ?? 0) <= u.dueAt) figures.closedOnTime += 1;
    if (inPeriod(u.dueAt, p.from, asOf) && (u.closedAt === null || u.closedAt > u.dueAt)) figures.overdue += 1;
  }
  return figures;
};

export interface ParkVisits {
  parkId: string;
  parkName: string;
  booked: number;
  confirmed: number;
  completed: number;
  cancelled: number;
  declined: number;
  noShow: number;
  /** 考察转线索: completed visits that became a lead (转为线索), of `completed`. */
  completedWithLead: number;
  /** completedWithLead ÷ completed, null without a completed visit. */
  leadRate: number | null;
}

/** Confirmed by the host at some point: completed and no-show visits were confirmed first. */
const CONFIRMED: readonly VisitStatus[] = ['confirmed', 'completed', 'no_show'];

/**
 * Visits whose slot starts in the period, per park of the itinerary, by their status now; visit → lead
 * is the completed ones with a lead (`leadVisitIds`) of the completed ones, per park of the itinerary.
 */
export const visitFigures = (
  visits: readonly Visit[],
  scope: ScopeFilter,
  p: Period,
  parkName: (id: string) => string,
  leadVisitIds: ReadonlySet<string> = new Set(),
): ParkVisits[] => {
  const rows = new Map<string, ParkVisits>();
  for (const v of visits) {
    if (!inPeriod(v.startsAt, p.from, p.to) || !visitMatches(scope, v)) continue;
    for (const parkId of v.parkIds) {
      if (scope.parkId !== undefined && parkId !== scope.parkId) continue;
      const row = rows.get(parkId) ?? {
        parkId,
        parkName: parkName(parkId),
        booked: 0,
        confirmed: 0,
        completed: 0,
        cancelled: 0,
        declined: 0,
        noShow: 0,
        completedWithLead: 0,
        leadRate: null,
      };
      rows.set(parkId, row);
      row.booked += 1;
      if (CONFIRMED.includes(v.status)) row.confirmed += 1;
      if (v.status === 'completed') row.completed += 1;
      if (v.status === 'cancelled') row.cancelled += 1;
      if (v.status === 'declined') row.declined += 1;
      if (v.status === 'no_show') row.noShow += 1;
      if (v.status === 'completed' && leadVisitIds.has(v.id)) row.completedWithLead += 1;
    }
  }
  for (const row of rows.values()) row.leadRate = ratio(row.completedWithLead, row.completed);
  return [...rows.values()].sort((a, b) => b.booked - a.booked || a.parkId.localeCompare(b.parkId));
};

export interface TrendPoint {
  date: string;
  created: number;
  resolved: number;
  /** Open at the end of the day. */
  open: number;
}

/** Per day of the period up to `asOf`: filed, first resolved, open at the day's end. */
export const trendPoints = (
  facts: readonly TicketFact[],
  scope: ScopeFilter,
  p: Period,
  asOf: number,
): TrendPoint[] => {
  const days = periodDays(p).filter((d) => d <= localDateOf(asOf - 1));
  const points = new Map(days.map((date) => [date, { date, created: 0, resolved: 0, open: 0 }]));
  for (const f of facts) {
    if (inPeriod(f.createdAt, p.from, asOf) && matchesAt(scope, f, f.createdAt)) {
      const point = points.get(localDateOf(f.createdAt));
      if (point) point.created += 1;
    }
    if (inPeriod(f.firstResolvedAt, p.from, asOf) && matchesAt(scope, f, f.firstResolvedAt)) {
      const point = points.get(localDateOf(f.firstResolvedAt));
      if (point) point.resolved += 1;
    }
  }
  // Open at each day's end (the next day's start, or asOf for the last day): each open span adds to the days it covers.
  const ends = days.map((_, i) => Math.min(p.from + (i + 1) * DAY, asOf));
  const list = [...points.values()];
  for (const f of facts) {
    for (const [start, end] of f.open) {
      const first = Math.max(0, Math.floor((start - p.from) / DAY));
      for (let i = first; i < ends.length; i += 1) {
        const at = ends[i] as number;
        if (end !== null && end < at) break;
        const point = list[i];
        if (point && start < at && matchesAt(scope, f, at)) point.open += 1;
      }
    }
  }
  return [...points.values()];
};
