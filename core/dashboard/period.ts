import { addDays, dayOfWeek, localDateOf, utcMsAt, type LocalDate } from '@core/kernel/calendar/local-date';

export { PERIOD_PRESETS, PERIOD_PRESET_LABELS, type PeriodPreset } from './filter-kinds';
import type { PeriodPreset } from './filter-kinds';

/** A period [from, to) of local dates at +08:00: `to` is the first day after it. */
export interface Period {
  fromDate: LocalDate;
  toDate: LocalDate;
  from: number;
  to: number;
}

export const periodOf = (fromDate: LocalDate, toDate: LocalDate): Period => ({
  fromDate,
  toDate,
  from: utcMsAt(fromDate, 0),
  to: utcMsAt(toDate, 0),
});

const monthStart = (date: LocalDate, monthsLater = 0): LocalDate => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + monthsLater;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};

/** 本周 (Monday first), 本月 and 本季度 around `now`, at +08:00. */
export const presetPeriod = (preset: Exclude<PeriodPreset, 'custom'>, now: number): Period => {
  const today = localDateOf(now);
  if (preset === 'week') {
    const monday = addDays(today, -((dayOfWeek(today) + 6) % 7));
    return periodOf(monday, addDays(monday, 7));
  }
  if (preset === 'month') return periodOf(monthStart(today), monthStart(today, 1));
  const month = Number(today.slice(5, 7));
  const first = monthStart(today, -((month - 1) % 3));
  return periodOf(first, monthStart(first, 3));
};

/** The local dates of a period, one per trend point. */
export const periodDays = (period: Period): LocalDate[] => {
  const days: LocalDate[] = [];
  for (let d = period.fromDate; d < period.toDate; d = addDays(d, 1)) days.push(d);
  return days;
};
