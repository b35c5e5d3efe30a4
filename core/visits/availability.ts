import { dayOfWeek, type LocalDate } from '@core/kernel/calendar/local-date';
import { dayNameText, type WorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { HALF_DAYS, visitSlotId, type HalfDay } from './visit';
import type { VisitSettings } from '@core/settings';
import {
  changeDeadline,
  closedDayReason,
  slotStartsAt,
  UNAVAILABLE_REASON_LABELS,
  type BookingWindow,
  type UnavailableReason,
} from './booking-window';

export interface SlotAvailability {
  halfDay: HalfDay;
  /** Places left for the whole itinerary: the fullest park decides. */
  remaining: number;
  /**
   * The slot is already inside the change cut-off (it starts in less than `cutoffHours`): booked
   * now, it can no longer be rescheduled or cancelled. The picker says so before it is chosen.
   */
  isFixedOnceBooked: boolean;
}

export interface DayAvailability {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  isBookable: boolean;
  reason: UnavailableReason | null;
  /** 周末, 法定节假日 · 国庆节, 已约满 … */
  reasonText: string | null;
  slots: SlotAvailability[];
}

export interface AvailabilityQuery {
  dates: readonly LocalDate[];
  parkIds: readonly string[];
  window: BookingWindow;
  calendar: WorkingCalendar;
  settings: VisitSettings;
  /** Booked groups per slot counter id; a missing counter means none booked. */
  used: ReadonlyMap<string, number>;
  /** The instant the answer is for (deps.clock): decides which slots are past the change cut-off. */
  now: number;
}

const reasonText = (reason: UnavailableReason, holidayName: string | null): string =>
  reason === 'holiday' && holidayName
    ? `${UNAVAILABLE_REASON_LABELS.holiday} · ${holidayName}`
    : reason === 'closed' && holidayName
      ? `${UNAVAILABLE_REASON_LABELS.closed} · ${holidayName}`
      : UNAVAILABLE_REASON_LABELS[reason];

/** Day-by-day availability of an itinerary: closed days say why, open days give places per half-day. */
export const buildAvailability = (q: AvailabilityQuery): DayAvailability[] =>
  q.dates.map((date) => {
    const closed = closedDayReason(date, q.window, q.calendar);
    const slots = HALF_DAYS.map((halfDay) => ({
      halfDay,
      remaining: closed
        ? 0
        : Math.max(
            0,
            Math.min(
              ...q.parkIds.map((p) => q.settings.capacityPerSlot - (q.used.get(visitSlotId(p, date, halfDay)) ?? 0)),
            ),
          ),
      isFixedOnceBooked: q.now >= changeDeadline(slotStartsAt(date, halfDay, q.settings), q.settings),
    }));
    const reason: UnavailableReason | null = closed ?? (slots.every((s) => s.remaining === 0) ? 'full' : null);
    return {
      date,
      weekday: dayOfWeek(date),
      isBookable: reason === null,
      reason,
      reasonText: reason ? reasonText(reason, dayNameText(q.calendar.dayInfo(date))) : null,
      slots,
    };
  });
