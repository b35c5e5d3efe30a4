import type { WorkingTime } from '@core/kernel/calendar/working-time';
import { workingMinutesPerDay } from '@core/kernel/calendar/working-time';
import type { Ticket, TicketStatus } from '../ticket';
import { describeSla, readSlaClock, type PausedSpan, type SlaReading, type SlaState } from './sla-clock';

/** The clock stands still while the ball is with the enterprise: materials asked for, or a resolution to confirm. */
export const SLA_PAUSING_STATUSES: readonly TicketStatus[] = ['waiting_enterprise', 'resolved'];

/** One deadline as a ticket view shows it: colour, "剩余 X 个工作小时 / 已超时 Y", the due instant. */
export interface SlaBadge {
  state: SlaState;
  text: string;
  dueAt: number;
  /** True once the clock has stopped (accepted for the response clock, resolved for the resolution clock). */
  isStopped: boolean;
}

export interface TicketSlaView {
  /** 首次响应: created → first accepted, target responseWorkingHours. */
  response: SlaBadge;
  /** 办结: created → resolved, target resolutionWorkingDays as working time. */
  resolution: SlaBadge;
  /** The clock that matters now: the worse of the running ones (what the list colours by). */
  headline: SlaBadge;
  /** 首次响应 or 办结, naming the headline. */
  headlineName: string;
}

export type TicketSlaFields = Pick<
  Ticket,
  'status' | 'targets' | 'createdAt' | 'respondedAt' | 'resolvedAt' | 'slaPauses'
>;

const SEVERITY: Record<SlaState, number> = { on_track: 0, warning: 1, overdue: 2 };

/** Pause spans cut at the instant a clock stopped, so later waiting does not move a settled deadline. */
const pausesUntil = (pauses: readonly PausedSpan[], stopAt: number | null): PausedSpan[] =>
  stopAt === null
    ? [...pauses]
    : pauses
        .filter((p) => p.start < stopAt)
        .map((p) => ({ start: p.start, end: p.end === null || p.end > stopAt ? stopAt : p.end }));

const stoppedText = (r: SlaReading) => (r.state === 'overdue' ? '超时完成' : '按时完成');

const badge = (time: WorkingTime, t: TicketSlaFields, targetMinutes: number, stopAt: number | null, now: number) => {
  const reading = readSlaClock(time, {
    startedAt: t.createdAt,
    targetMinutes,
    pauses: pausesUntil(t.slaPauses, stopAt),
    now: stopAt ?? now,
  });
  // A stopped clock is judged at its stop: met or missed, never "warning".
  const state: SlaState = stopAt !== null && reading.state === 'warning' ? 'on_track' : reading.state;
  return {
    reading,
    badge: {
      state,
      text: stopAt !== null ? stoppedText(reading) : describeSla(reading),
      dueAt: reading.dueAt,
      isStopped: stopAt !== null,
    } satisfies SlaBadge,
  };
};

/**
 * Both deadline clocks of a ticket (限时办结), read at `now`. Pure and time-zone free: the scheduler
 * and every view agree. Null for a cancelled ticket, which has no deadline any more.
 */
export const ticketSla = (t: TicketSlaFields, time: WorkingTime, now: number): TicketSlaView | null => {
  if (t.status === 'cancelled') return null;
  const response = badge(time, t, t.targets.responseWorkingHours * 60, t.respondedAt, now);
  const resolutionMinutes = t.targets.resolutionWorkingDays * workingMinutesPerDay();
  const resolution = badge(time, t, resolutionMinutes, t.resolvedAt, now);
  const running = [
    { name: '首次响应', ...response },
    { name: '办结', ...resolution },
  ].filter((c) => !c.badge.isStopped);
  const worst = running.sort(
    (a, b) =>
      SEVERITY[b.badge.state] - SEVERITY[a.badge.state] || a.reading.remainingMinutes - b.reading.remainingMinutes,
  )[0];
  return {
    response: response.badge,
    resolution: resolution.badge,
    headline: worst?.badge ?? resolution.badge,
    headlineName: worst?.name ?? '办结',
  };
};

/**
 * The pause record after a status change: a span opens on entering a pausing status and closes on
 * leaving it. Transfers and other changes within the same status leave it as it is.
 */
export const nextSlaPauses = (
  pauses: readonly PausedSpan[],
  from: TicketStatus,
  to: TicketStatus,
  now: number,
): PausedSpan[] | null => {
  const wasPaused = SLA_PAUSING_STATUSES.includes(from);
  const isPaused = SLA_PAUSING_STATUSES.includes(to);
  if (wasPaused === isPaused) return null;
  if (isPaused) return [...pauses, { start: now, end: null }];
  return pauses.map((p) => (p.end === null ? { start: p.start, end: now } : p));
};
