import { localDate } from './local-time';

/**
 * Calendar days as 'YYYY-MM-DD' strings at +08:00. The arithmetic is on midnight-UTC instants of the
 * day (Date.UTC and toISOString), so neither the process time zone nor the device's changes a result.
 * Plain arithmetic rather than dayjs: the dashboard walks these per figure and per day of every open
 * span, where dayjs objects were most of an answer's time.
 */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight UTC of the date's calendar day (an out-of-range day rolls over, as Date.UTC does). */
const midnightOf = (date: LocalDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

const dateAt = (midnight: number): LocalDate => new Date(midnight).toISOString().slice(0, 10);

/** A real calendar date in the canonical form (rejects 2026-02-30 and 2026-2-3). */
export const isLocalDate = (value: string): boolean => PATTERN.test(value) && dateAt(midnightOf(value)) === value;

export const addDays = (date: LocalDate, days: number): LocalDate => dateAt(midnightOf(date) + days * DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: LocalDate): number => new Date(midnightOf(date)).getUTCDay();

export const isWeekend = (date: LocalDate): boolean => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round((midnightOf(to) - midnightOf(from)) / DAY_MS);

/** The local (+08:00) date a UTC instant falls on. */
export const localDateOf = (utcMs: number): LocalDate => localDate(utcMs);

/** UTC ms of a local wall-clock time (+08:00) on a local date: ('2026-11-30', 8, 30) → 00:30 UTC. */
export const utcMsAt = (date: LocalDate, hour: number, minute = 0): number =>
  midnightOf(date) + (hour * 60 + minute - 480) * 60_000;

/** Every date from `from` to `to`, inclusive. */
export const datesFrom = (from: LocalDate, to: LocalDate): LocalDate[] => {
  const count = daysBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addDays(from, i));
};
