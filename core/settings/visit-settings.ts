import type { CalendarOverride } from '@core/kernel/calendar/working-calendar';
import type { HalfDay } from '@core/kernel/calendar/half-day';

/** The office's booking rules (settings/visits). Defaults from the issue; the office edits them later (C10). */
export interface VisitSettings {
  id: 'visits';
  version: number;
  /** Groups per park per half-day. */
  capacityPerSlot: number;
  /** The first bookable day is this many working days after today. */
  minNoticeWorkingDays: number;
  /** The last bookable day is this many calendar days after today. */
  windowDays: number;
  /** Reschedule and cancel close this many hours before the slot starts. */
  cutoffHours: number;
  /** When on, a booking is confirmed at once; the host still gets it. */
  isAutoConfirm: boolean;
  /** Local start time of each half-day, minutes after midnight at +08:00. */
  slotStartMinutes: Record<HalfDay, number>;
  /** Fair use: open (not yet held or cancelled) visits one person may hold per park per week. */
  maxOpenVisitsPerParkWeek: number;
}

export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  id: 'visits',
  version: 1,
  capacityPerSlot: 2,
  minNoticeWorkingDays: 1,
  windowDays: 30,
  cutoffHours: 24,
  isAutoConfirm: false,
  slotStartMinutes: { am: 9 * 60, pm: 14 * 60 + 30 },
  maxOpenVisitsPerParkWeek: 2,
};

/** settings/calendar: the office's closures and extra working days on top of the official calendar. */
export interface CalendarSettings {
  id: 'calendar';
  version: number;
  overrides: CalendarOverride[];
}
