import type { WorkingTime } from '@core/kernel/calendar/working-time';

/** 正常 / 即将超时 (yellow) / 已超时 (red). */
export type SlaState = 'on_track' | 'warning' | 'overdue';

/** A stretch while the clock stood still (waiting for the enterprise); `end` null while still paused. */
export interface PausedSpan {
  start: number;
  end: number | null;
}

export interface SlaClockInput {
  /** When the clock started (UTC ms). Transfers do not restart it. */
  startedAt: number;
  /** The target in working minutes. */
  targetMinutes: number;
  pauses: readonly PausedSpan[];
  now: number;
}

export interface SlaReading {
  state: SlaState;
  /** Working minutes used so far, pauses excluded. */
  usedMinutes: number;
  /** Working minutes left; negative once overdue. */
  remainingMinutes: number;
  /** The deadline as things stand: start + target + working time spent paused. */
  dueAt: number;
  isPaused: boolean;
}

/**
 * When a clock turns yellow (即将超时), versioned like the other rules so a ledger or a message can
 * say which rule judged it. v1 warned at 20% left or under 4 working hours, whichever came first:
 * a 4-hour response target was yellow from its first minute. v2 warns in the last quarter of the
 * target, and never with less than one working hour to act.
 */
export const SLA_WARNING_RULE = { version: 2, shareOfTarget: 0.25, minWorkingMinutes: 60 } as const;

/** Working minutes left at which a clock of this target turns yellow. */
export const warningThresholdMinutes = (targetMinutes: number): number =>
  Math.min(targetMinutes, Math.max(targetMinutes * SLA_WARNING_RULE.shareOfTarget, SLA_WARNING_RULE.minWorkingMinutes));

const MINUTE = 60_000;

/**
 * Reads a deadline clock in working time (限时办结). Pure: the same input gives the same reading
 * whatever the process time zone, so the scheduler and every ticket view agree.
 */
export const readSlaClock = (time: WorkingTime, input: SlaClockInput): SlaReading => {
  const { startedAt, targetMinutes, pauses, now } = input;
  const pausedMs = pauses.reduce((sum, p) => sum + time.workingMsBetween(p.start, p.end ?? now), 0);
  const usedMs = Math.max(0, time.workingMsBetween(startedAt, now) - pausedMs);
  const usedMinutes = usedMs / MINUTE;
  const remainingMinutes = targetMinutes - usedMinutes;
  const isPaused = pauses.some((p) => p.end === null);
  const dueAt = time.addWorkingMs(startedAt, targetMinutes * MINUTE + pausedMs);
  const state: SlaState =
    // Past the deadline even outside business hours (due at 17:30, still open at 20:00), unless paused.
    remainingMinutes < 0 || (!isPaused && now > dueAt)
      ? 'overdue'
      : remainingMinutes <= warningThresholdMinutes(targetMinutes)
        ? 'warning'
        : 'on_track';
  return { state, usedMinutes, remainingMinutes, dueAt, isPaused };
};

/** "剩余 3.5 个工作小时" / "已超时 2 个工作小时"; hours to one decimal, as staff read them. */
export const describeSla = (reading: SlaReading): string => {
  const hours = (minutes: number) => {
    const h = Math.round((Math.abs(minutes) / 60) * 10) / 10;
    return Number.isInteger(h) ? String(h) : h.toFixed(1);
  };
  if (reading.state === 'overdue') {
    // Past a closing-time deadline, before the next working minute: late, by no working time yet.
    return reading.remainingMinutes < 0 ? `已超时 ${hours(reading.remainingMinutes)} 个工作小时` : '已超时';
  }
  return `${reading.isPaused ? '已暂停，' : ''}剩余 ${hours(reading.remainingMinutes)} 个工作小时`;
};
