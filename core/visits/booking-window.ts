import { addDays, daysBetween, localDateOf, utcMsAt, type LocalDate } from '@core/kernel/calendar/local-date';
import type { WorkingCalendar } from '@core/kernel/calendar/working-calendar';
import type { HalfDay } from './visit';
import type { VisitSettings } from '@core/settings';

/** Why a day cannot be booked, declared once; the labels are what the date picker shows. */
export const UNAVAILABLE_REASONS = ['weekend', 'holiday', 'closed', 'too_soon', 'beyond_window', 'full'] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];
export const UNAVAILABLE_REASON_LABELS: Record<UnavailableReason, string> = {
  weekend: '周末',
  holiday: '法定节假日',
  closed: '暂停接待',
  too_soon: '提前量不足',
  beyond_window: '超出预约范围',
  full: '已约满',
};

export interface BookingWindow {
  today: LocalDate;
  /** First bookable day: `minNoticeWorkingDays` working days after today. */
  earliest: LocalDate;
  /** Last bookable day: `windowDays` calendar days after today. */
  latest: LocalDate;
}

export const bookingWindow = (now: number, settings: VisitSettings, calendar: WorkingCalendar): BookingWindow => {
  const today = localDateOf(now);
  return {
    today,
    earliest: calendar.addWorkingDays(today, settings.minNoticeWorkingDays),
    latest: addDays(today, settings.windowDays),
  };
};

/** The reason a day is closed to bookings whatever the capacity, or null when it is open. */
export const closedDayReason = (
  date: LocalDate,
  window: BookingWindow,
  calendar: WorkingCalendar,
): Exclude<UnavailableReason, 'full'> | null => {
  const day = calendar.dayInfo(date);
  if (!day.isWorking) return day.kind === 'weekend' ? 'weekend' : day.kind === 'holiday' ? 'holiday' : 'closed';
  if (daysBetween(window.earliest, date) < 0) return 'too_soon';
  if (daysBetween(date, window.latest) < 0) return 'beyond_window';
  return null;
};

/** UTC ms when a half-day slot starts. */
export const slotStartsAt = (date: LocalDate, halfDay: HalfDay, settings: VisitSettings): number =>
  utcMsAt(date, 0, settings.slotStartMinutes[halfDay]);

/** Until when the investor may reschedule or cancel a visit starting at `startsAt`. */
export const changeDeadline = (startsAt: number, settings: VisitSettings): number =>
  startsAt - settings.cutoffHours * 3_600_000;
