import data from 'chinese-days/dist/chinese-days.json';
import type { LocalDate } from './local-date';
import { deriveStatutoryHolidays } from './statutory-holidays';

/**
 * The State Council's holiday arrangements as chinese-days publishes them: official holidays and the
 * 调休 weekends that are working days. We read its data table rather than call its functions: its
 * isWorkday() formats dates with the process's local time, so in a time zone west of UTC it answers
 * for the previous day (checked on 1.5.7: 2026-11-28, a Saturday, comes out as a working day under
 * America/Los_Angeles).
 *
 * For a year the table does not carry yet, the statutory days are derived from the law
 * (statutory-holidays.ts) and marked `derived`: the days off are certain, the 调休 swaps are not.
 */
export type OfficialDay =
  { kind: 'holiday'; name: string; derived?: 'statutory' | 'in_lieu' } | { kind: 'adjusted_workday'; name: string };

const table = data as { holidays: Record<string, string>; workdays: Record<string, string> };

/** Entries look like "National Day,国庆节,3": English name, Chinese name, days. */
const chineseName = (entry: string): string => entry.split(',')[1] ?? entry;

const yearOf = (date: LocalDate): number => Number(date.slice(0, 4));

/** The years whose official arrangement the table carries. */
const PUBLISHED_YEARS: ReadonlySet<number> = new Set(Object.keys(table.holidays).map(yearOf));

/** The last year the table covers; later years are derived from the law. */
export const LAST_PUBLISHED_YEAR = Math.max(...PUBLISHED_YEARS);

export const isOfficialYearPublished = (year: number): boolean => PUBLISHED_YEARS.has(year);

/** Derived days off per year, computed once per year on first use. */
const derivedByYear = new Map<number, ReadonlyMap<LocalDate, OfficialDay>>();
const derivedDay = (date: LocalDate): OfficialDay | null => {
  const year = yearOf(date);
  let days = derivedByYear.get(year);
  if (!days) {
    days = new Map(
      deriveStatutoryHolidays(year).map((d) => [d.date, { kind: 'holiday', name: d.name, derived: d.kind } as const]),
    );
    derivedByYear.set(year, days);
  }
  return days.get(date) ?? null;
};

export const officialDay = (date: LocalDate): OfficialDay | null => {
  if (!isOfficialYearPublished(yearOf(date))) return derivedDay(date);
  const holiday = table.holidays[date];
  if (holiday !== undefined) return { kind: 'holiday', name: chineseName(holiday) };
  const workday = table.workdays[date];
  if (workday !== undefined) return { kind: 'adjusted_workday', name: `${chineseName(workday)}调休` };
  return null;
};
