import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { addDays, isWeekend, type LocalDate } from './local-date';

/**
 * The statutory holidays of one year as 《全国年节及纪念日放假办法》 (2024 revision, in force since 2025)
 * fixes them, for years whose official arrangement (the State Council's 放假安排, with its 调休 days) is
 * not yet in chinese-days' table:
 *   元旦 1-1 · 春节 除夕 and 正月初一 to 初三 · 清明 (the solar-term day) · 劳动节 5-1 and 5-2 ·
 *   端午 (lunar 5-5) · 中秋 (lunar 8-15) · 国庆节 10-1 to 10-3.
 * Article 6 (补假): a statutory day on a Saturday or Sunday is given off on the following working day.
 * We read one more day in lieu where two statutory days fall on the same date (国庆节 and 中秋 in 2028),
 * so each statutory day is a day off once. 调休 working weekends cannot be derived: they are published
 * each November, and until then the office enters them (settings/calendar overrides win over this).
 */
export type StatutoryHolidayName = '元旦' | '春节' | '清明' | '劳动节' | '端午' | '中秋' | '国庆节';

export interface DerivedHoliday {
  date: LocalDate;
  /** One name, or two joined by 、 where two statutory days share the date. */
  name: string;
  /** 'statutory': the holiday itself; 'in_lieu': the working day given off for one on a weekend (补假). */
  kind: 'statutory' | 'in_lieu';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The solar date of a lunar date in `lunarYear` (not a leap month). chinese-days reads a Date argument
 * with local getters and formats its answer with local getters too, so a local-midnight Date gives the
 * right answer in every process time zone; a 'YYYY-MM-DD' string would be read as UTC and could come
 * back a day early west of Greenwich.
 */
const solarOfLunar = (lunarYear: number, month: number, day: number): LocalDate =>
  getSolarDateFromLunar(new Date(lunarYear, month - 1, day)).date;

/**
 * 清明's date in `year`. chinese-days computes the day of the month in plain arithmetic, then formats a
 * UTC-midnight date with local getters, which is a day early in a time zone west of Greenwich; we keep
 * its day of the month and build the date ourselves.
 */
const qingmingOf = (year: number): LocalDate => {
  const answer = getSolarTermDate(year, 4, 'pure_brightness');
  const westOfGreenwich = new Date(Date.UTC(year, 3, 5)).getDate() !== 5;
  return westOfGreenwich ? addDays(answer, 1) : answer;
};

/** The statutory days themselves, in date order, before any day in lieu. */
export const statutoryDaysOf = (year: number): { date: LocalDate; name: StatutoryHolidayName }[] => {
  const springFestival = solarOfLunar(year, 1, 1);
  const days: { date: LocalDate; name: StatutoryHolidayName }[] = [
    { date: `${year}-01-01`, name: '元旦' },
    // 除夕 is the last day of the lunar year (the 29th in a short twelfth month), so: the day before 初一.
    ...[-1, 0, 1, 2].map((offset) => ({ date: addDays(springFestival, offset), name: '春节' as const })),
    { date: qingmingOf(year), name: '清明' },
    { date: `${year}-05-01`, name: '劳动节' },
    { date: `${year}-05-02`, name: '劳动节' },
    { date: solarOfLunar(year, 5, 5), name: '端午' },
    { date: solarOfLunar(year, 8, 15), name: '中秋' },
    ...[1, 2, 3].map((day) => ({ date: `${year}-10-${pad(day)}`, name: '国庆节' as const })),
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
};

/** Every derived day off of `year`: the statutory days and the days given off in lieu (补假). */
export const deriveStatutoryHolidays = (year: number): DerivedHoliday[] => {
  const byDate = new Map<LocalDate, StatutoryHolidayName[]>();
  for (const { date, name } of statutoryDaysOf(year)) byDate.set(date, [...(byDate.get(date) ?? []), name]);

  const result: DerivedHoliday[] = [...byDate].map(([date, names]) => ({
    date,
    name: names.join('、'),
    kind: 'statutory',
  }));
  const taken = new Set(byDate.keys());
  for (const [date, names] of byDate) {
    // Each statutory day not already a working day off owes one: on a weekend all of them, on a
    // weekday all but the one the weekday itself gives.
    const owed = names.length - (isWeekend(date) ? 0 : 1);
    for (let i = 0; i < owed; i += 1) {
      let next = addDays(date, 1);
      while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
      taken.add(next);
      result.push({ date: next, name: names[Math.min(i, names.length - 1)] ?? names.join('、'), kind: 'in_lieu' });
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
};
