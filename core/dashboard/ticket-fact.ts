import type { WorkingTime } from '@core/kernel/calendar/working-time';
import { workingMinutesPerDay } from '@core/kernel/calendar/working-time';
import type { RatingLevel } from '@core/tickets';
import type { SupervisionLevel } from '@core/tickets';
import type { Ticket, TicketEvent, TicketEventKind } from '@core/tickets';
import { PROJECT_NODE_CATEGORY, readSlaClock, type PausedSpan } from '@core/tickets';

/** One deadline clock as the dashboard counts it. */
export interface ClockFact {
  /** When the clock stopped in time (met); null otherwise. */
  metAt: number | null;
  /** When it breached (stopped late, or still running past due); null while not breached or paused in time. */
  breachAt: number | null;
}

/** Who held the work from `at` on: the assignee and the team. */
export type HolderSpan = [at: number, userId: string | null, teamId: string | null];

/**
 * A ticket reduced to what the dashboard counts (C8): instants and working-time durations, computed
 * once by the roll-up job so a dashboard answer is arithmetic over compact facts, not SLA reads.
 */
export interface TicketFact {
  id: string;
  categoryId: string;
  categoryName: string;
  parkId: string | null;
  leaderName: string;
  assigneeName: string;
  createdAt: number;
  /** Spans [start, end) while the ticket was open (someone on the zone's side had to act); end null = still open. */
  open: [number, number | null][];
  cancelledAt: number | null;
  /** First acceptance (首次受理): the response clock stops here. */
  respondedAt: number | null;
  /** Working minutes filing → first acceptance, pauses excluded. */
  responseMinutes: number | null;
  firstResolvedAt: number | null;
  /** Working minutes filing → first resolved, waiting-for-enterprise pauses excluded. */
  firstResolveMinutes: number | null;
  /** 确认办结: when the enterprise (or the 5-day rule) confirmed it. */
  closedAt: number | null;
  /** Working minutes filing → 确认办结, pauses (materials, awaiting confirmation) excluded. */
  fullResolveMinutes: number | null;
  /** Null for a cancelled or target-less ticket: excluded from on-time rates. */
  response: ClockFact | null;
  resolution: ClockFact | null;
  rating: { level: RatingLevel; at: number } | null;
  supervision: { at: number; level: SupervisionLevel }[];
  holders: HolderSpan[];
}

const OPENING: readonly TicketEventKind[] = ['submitted', 'reopened'];
const ENDING: readonly TicketEventKind[] = ['resolved', 'closed', 'cancelled'];

const cutAt = (pauses: readonly PausedSpan[], stopAt: number): PausedSpan[] =>
  pauses
    .filter((p) => p.start < stopAt)
    .map((p) => ({ start: p.start, end: p.end === null || p.end > stopAt ? stopAt : p.end }));

const workingMinutes = (time: WorkingTime, t: Ticket, stopAt: number): number =>
  readSlaClock(time, { startedAt: t.createdAt, targetMinutes: 0, pauses: cutAt(t.slaPauses, stopAt), now: stopAt })
    .usedMinutes;

/** One clock's outcome: met at its stop, or breached at its due instant (even if it stopped later). */
const clockFact = (time: WorkingTime, t: Ticket, targetMinutes: number, stopAt: number | null): ClockFact | null => {
  if (t.status === 'cancelled' || !(targetMinutes > 0)) return null;
  const pauses = stopAt === null ? t.slaPauses : cutAt(t.slaPauses, stopAt);
  const reading = readSlaClock(time, { startedAt: t.createdAt, targetMinutes, pauses, now: stopAt ?? t.updatedAt });
  if (stopAt !== null) {
    return reading.remainingMinutes >= 0 && stopAt <= reading.dueAt
      ? { metAt: stopAt, breachAt: null }
      : { metAt: null, breachAt: reading.dueAt };
  }
  // Running: it breaches at its due instant unless paused with time left (a later change refreshes the fact).
  if (reading.isPaused && reading.remainingMinutes > 0) return { metAt: null, breachAt: null };
  return { metAt: null, breachAt: reading.dueAt };
};

const openSpans = (t: Ticket, events: readonly TicketEvent[]): [number, number | null][] => {
  const spans: [number, number | null][] = [];
  let start: number | null = t.createdAt;
  for (const e of events) {
    if (OPENING.includes(e.kind) && start === null) start = e.at;
    if (ENDING.includes(e.kind) && start !== null) {
      spans.push([start, e.at]);
      start = null;
    }
  }
  if (start !== null) spans.push([start, null]);
  return spans;
};

const holderSpans = (t: Ticket, events: readonly TicketEvent[]): HolderSpan[] => {
  const spans: HolderSpan[] = [];
  for (const e of events) {
    if (e.holderUserId === undefined && e.holderTeamId === undefined) continue;
    const last = spans[spans.length - 1];
    const userId = e.holderUserId ?? null;
    const teamId = e.holderTeamId ?? null;
    if (!last || last[1] !== userId || last[2] !== teamId) spans.push([e.at, userId, teamId]);
  }
  // Events written before holders were stamped: credit today's holder for the whole life.
  return spans.length ? spans : [[t.createdAt, t.assigneeUserId, t.teamIds[0] ?? null]];
};

/** Builds a ticket's fact from the ticket and its timeline (events in timeline order). Pure. */
export const ticketFact = (t: Ticket, events: readonly TicketEvent[], time: WorkingTime): TicketFact => {
  const ordered = [...events].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const firstResolvedAt = ordered.find((e) => e.kind === 'resolved')?.at ?? null;
  const closedAt = t.status === 'closed' ? (ordered.filter((e) => e.kind === 'closed').pop()?.at ?? t.updatedAt) : null;
  const cancelledAt =
    t.status === 'cancelled' ? (ordered.filter((e) => e.kind === 'cancelled').pop()?.at ?? t.updatedAt) : null;
  const supervision = (['response', 'resolution'] as const).flatMap((clock) => {
    const steps = t.escalation[clock];
    return [
      ...(steps.supervisedAt !== null ? [{ at: steps.supervisedAt, level: 'leader' as const }] : []),
      ...(steps.escalatedAt !== null ? [{ at: steps.escalatedAt, level: 'office' as const }] : []),
    ];
  });
  return {
    id: t.id,
    categoryId: t.categoryId,
    categoryName: t.categoryName,
    parkId: t.parkId,
    leaderName: t.leader?.name ?? '',
    assigneeName: t.assignee?.name ?? '',
    createdAt: t.createdAt,
    open: openSpans(t, ordered),
    cancelledAt,
    respondedAt: t.respondedAt,
    responseMinutes: t.respondedAt === null ? null : workingMinutes(time, t, t.respondedAt),
    firstResolvedAt,
    firstResolveMinutes: firstResolvedAt === null ? null : workingMinutes(time, t, firstResolvedAt),
    closedAt,
    fullResolveMinutes: closedAt === null ? null : workingMinutes(time, t, closedAt),
    response: clockFact(time, t, t.targets.responseWorkingHours * 60, t.respondedAt),
    resolution: clockFact(time, t, t.targets.resolutionWorkingDays * workingMinutesPerDay(), t.resolvedAt),
    rating: t.rating ? { level: t.rating.level, at: t.rating.at } : null,
    supervision,
    holders: holderSpans(t, ordered),
  };
};

/**
 * 项目节点 tickets (plan nodes, filed by the system, confirmed by it too) are owned deadlines: they count
 * in volumes, on-time rates and the overdue list under their own category, but nobody rates them, so
 * they stay out of satisfaction (差评率, rating rate) and of the 确认办结 times.
 */
export const countsForSatisfaction = (f: Pick<TicketFact, 'categoryId'>): boolean =>
  f.categoryId !== PROJECT_NODE_CATEGORY.id;

/** The holder at instant `at`: the last span starting at or before it (the first span before the ticket's first event). */
export const holderAt = (fact: TicketFact, at: number): { userId: string | null; teamId: string | null } => {
  let found = fact.holders[0];
  for (const span of fact.holders) {
    if (span[0] <= at) found = span;
    else break;
  }
  return { userId: found?.[1] ?? null, teamId: found?.[2] ?? null };
};

/** Open at instant `at` (the end of a period): inside one of its open spans. */
export const isOpenAt = (fact: TicketFact, at: number): boolean =>
  fact.open.some(([start, end]) => start < at && (end === null || end >= at));

/**
 * The last instant this fact can still change a figure: a bucket whose facts are all quiet before a
 * period's start need not be read for it. Open tickets stay active.
 */
export const activeUntil = (fact: TicketFact): number => {
  if (fact.open.some(([, end]) => end === null)) return Number.MAX_SAFE_INTEGER;
  const instants = [
    fact.createdAt,
    fact.cancelledAt,
    fact.respondedAt,
    fact.firstResolvedAt,
    fact.closedAt,
    fact.rating?.at,
    fact.response?.breachAt,
    fact.resolution?.breachAt,
    ...fact.supervision.map((s) => s.at),
    ...fact.open.map(([, end]) => end),
  ];
  return Math.max(...instants.map((x) => x ?? 0));
};
