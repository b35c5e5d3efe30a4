import { ZONE_OFFSET_MINUTES } from './local-time';
import { localDateOf } from './local-date';
import type { WorkingCalendar } from './working-calendar';

/** A stretch of business hours within a day, in minutes after local (+08:00) midnight. */
export interface BusinessPeriod {
  start: number;
  end: number;
}

/** The zone's default office hours: 08:30–12:00 and 13:30–17:30 (7.5 working hours a day). */
export const DEFAULT_BUSINESS_HOURS: readonly BusinessPeriod[] = [
  { start: 8 * 60 + 30, end: 12 * 60 },
  { start: 13 * 60 + 30, end: 17 * 60 + 30 },
];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONE_OFFSET_MS = ZONE_OFFSET_MINUTES * MINUTE;

/** UTC ms of the local (+08:00) midnight starting the day `ms` falls on: plain arithmetic, China has no DST. */
const localMidnightOf = (ms: number): number => Math.floor((ms + ZONE_OFFSET_MS) / DAY) * DAY - ZONE_OFFSET_MS;
/** Longest stretch we look ahead or back for working time: ten years of days. */
const MAX_DAYS = 3660;

export const workingMinutesPerDay = (hours: readonly BusinessPeriod[] = DEFAULT_BUSINESS_HOURS): number =>
  hours.reduce((sum, p) => sum + (p.end - p.start), 0);

/**
 * Working-time arithmetic for deadlines (限时办结): time counts only inside business hours on working
 * days (weekends and official holidays off, 调休 weekends on, office overrides applied). All instants
 * are UTC ms; days and hours are read at +08:00, never in the process's time zone.
 */
export const createWorkingTime = (
  calendar: WorkingCalendar,
  hours: readonly BusinessPeriod[] = DEFAULT_BUSINESS_HOURS,
) => {
  // Each day is asked of the calendar once per instance (one per request or tick): a page of 20
  // tickets reads the same few weeks of days for each clock.
  const isWorkingDayCache = new Map<number, boolean>();
  const isWorkingDayAt = (midnight: number): boolean => {
    let isWorking = isWorkingDayCache.get(midnight);
    if (isWorking === undefined) {
      isWorking = calendar.isWorkingDay(localDateOf(midnight));
      isWorkingDayCache.set(midnight, isWorking);
    }
    return isWorking;
  };

  /** The business periods of the local day starting at `midnight` as UTC instants ([] on a non-working day). */
  const periodsOn = (midnight: number): [number, number][] =>
    isWorkingDayAt(midnight)
      ? hours.map((p) => [midnight + p.start * MINUTE, midnight + p.end * MINUTE] as [number, number])
      : [];

  /** The instant at which `ms` of working time have passed since `from`. 0 gives the next working instant. */
  const addWorkingMs = (from: number, ms: number): number => {
    if (ms < 0) throw new Error('addWorkingMs needs a non-negative duration');
    let remaining = ms;
    let midnight = localMidnightOf(from);
    for (let day = 0; day < MAX_DAYS; day += 1, midnight += DAY) {
      for (const [start, end] of periodsOn(midnight)) {
        const segmentStart = Math.max(start, from);
        if (segmentStart >= end) continue;
        // `<=`: a deadline that lands exactly on closing time stays on that day.
        if (remaining <= end - segmentStart) return segmentStart + remaining;
        remaining -= end - segmentStart;
      }
    }
    throw new Error('no working time within ten years');
  };

  /** Working time between two instants (0 when `to` is not after `from`). */
  const workingMsBetween = (from: number, to: number): number => {
    if (to <= from) return 0;
    let total = 0;
    let midnight = localMidnightOf(from);
    const lastMidnight = localMidnightOf(to);
    for (let day = 0; day < MAX_DAYS; day += 1, midnight += DAY) {
      for (const [start, end] of periodsOn(midnight)) {
        const overlap = Math.min(end, to) - Math.max(start, from);
        if (overlap > 0) total += overlap;
      }
      if (midnight === lastMidnight) return total;
    }
    throw new Error('span longer than ten years');
  };

  return {
    addWorkingMs,
    workingMsBetween,
    addWorkingMinutes: (from: number, minutes: number) => addWorkingMs(from, minutes * MINUTE),
    workingMinutesBetween: (from: number, to: number) => workingMsBetween(from, to) / MINUTE,
    /** N working days as working time: N × the day's business hours. */
    addWorkingDaysOfTime: (from: number, days: number) =>
      addWorkingMs(from, days * workingMinutesPerDay(hours) * MINUTE),
  };
};

export type WorkingTime = ReturnType<typeof createWorkingTime>;
