import { addDays, isWeekend, localDateOf, type LocalDate } from './local-date';
import { officialDay } from './official-days';

/** An office decision that wins over the official calendar (a closure, or an extra working day). */
export interface CalendarOverride {
  date: LocalDate;
  isWorking: boolean;
  note: string;
}

/** Why a day is or is not a working day, for messages such as "10月1日 国庆节 不接待". */
export type DayKind = 'workday' | 'adjusted_workday' | 'weekend' | 'holiday' | 'office_open' | 'office_closed';

export interface DayInfo {
  date: LocalDate;
  isWorking: boolean;
  kind: DayKind;
  /** 国庆节, 国庆节调休, or the office's note; null for an ordinary day. */
  name: string | null;
  /**
   * Present only on holidays derived from the law for a year whose official arrangement is not yet
   * published: the statutory day itself, or the working day given off in its place (补假).
   */
  derived?: 'statutory' | 'in_lieu';
}

/** How a day off reads next to its kind: 元旦, or 元旦（按法定假日推算，调休安排待公布） when derived. */
export const dayNameText = (day: DayInfo): string | null =>
  day.name === null || day.derived === undefined
    ? day.name
    : `${day.name}${day.derived === 'in_lieu' ? '补休' : ''}（按法定假日推算，调休安排待公布）`;

/** Longest search for a working day: the longest official break is 9 days, so 60 is generous. */
const MAX_SCAN_DAYS = 60;

/**
 * The zone's working calendar at +08:00: official holidays off, 调休 weekends on, then the office's
 * overrides. Pure: the SLA clock (business hours, working-time arithmetic) builds on dayInfo().
 */
export const createWorkingCalendar = (overrides: readonly CalendarOverride[] = []) => {
  const byDate = new Map(overrides.map((o) => [o.date, o]));

  const dayInfo = (date: LocalDate): DayInfo => {
    const override = byDate.get(date);
    if (override) {
      return {
        date,
        isWorking: override.isWorking,
        kind: override.isWorking ? 'office_open' : 'office_closed',
        name: override.note,
      };
    }
    const official = officialDay(date);
    if (official?.kind === 'holiday') {
      const { name, derived } = official;
      return { date, isWorking: false, kind: 'holiday', name, ...(derived ? { derived } : {}) };
    }
    if (official?.kind === 'adjusted_workday')
      return { date, isWorking: true, kind: 'adjusted_workday', name: official.name };
    return isWeekend(date)
      ? { date, isWorking: false, kind: 'weekend', name: null }
      : { date, isWorking: true, kind: 'workday', name: null };
  };

  const isWorkingDay = (date: LocalDate): boolean => dayInfo(date).isWorking;

  /**
   * The n-th working day after `date` (n ≥ 1), or before it (n ≤ -1); `date` itself never counts.
   * n = 0 returns `date` when it is a working day, else the next working day.
   */
  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(n);
    let current = date;
    if (remaining === 0 && isWorkingDay(current)) return current;
    if (remaining === 0) remaining = 1;
    for (let scanned = 0; scanned < MAX_SCAN_DAYS * Math.max(1, Math.abs(n)); scanned += 1) {
      current = addDays(current, step);
      if (isWorkingDay(current)) remaining -= 1;
      if (remaining === 0) return current;
    }
    throw new Error(`no working day within reach of ${date}`);
  };

  return { dayInfo, isWorkingDay, addWorkingDays, localDateOf };
};

export type WorkingCalendar = ReturnType<typeof createWorkingCalendar>;
