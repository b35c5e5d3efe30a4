import data from 'chinese-days/dist/chinese-days.json';
import type { LocalDate } from './local-date';

/**
 * The State Council's holiday arrangements as chinese-days publishes them: official holidays and the
 * 调休 weekends that are working days. We read its data table rather than call its functions: its
 * isWorkday() formats dates with the process's local time, so in a time zone west of UTC it answers
 * for the previous day (checked on 1.5.7: 2026-11-28, a Saturday, comes out as a working day under
 * America/Los_Angeles).
 */
export type OfficialDay = { kind: 'holiday'; name: string } | { kind: 'adjusted_workday'; name: string };

const table = data as { holidays: Record<string, string>; workdays: Record<string, string> };

/** Entries look like "National Day,国庆节,3": English name, Chinese name, days. */
const chineseName = (entry: string): string => entry.split(',')[1] ?? entry;

export const officialDay = (date: LocalDate): OfficialDay | null => {
  const holiday = table.holidays[date];
  if (holiday !== undefined) return { kind: 'holiday', name: chineseName(holiday) };
  const workday = table.workdays[date];
  if (workday !== undefined) return { kind: 'adjusted_workday', name: `${chineseName(workday)}调休` };
  return null;
};

/** The last year the table covers; beyond it only weekends and office overrides apply. */
export const LAST_PUBLISHED_YEAR = Math.max(...Object.keys(table.holidays).map((d) => Number(d.slice(0, 4))));
