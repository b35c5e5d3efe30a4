import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { localDate } from './local-time';

dayjs.extend(utc);

/**
 * Calendar days as 'YYYY-MM-DD' strings at +08:00. All arithmetic goes through dayjs in UTC mode on
 * midnight-UTC instants, so neither the process time zone nor the device's changes a result.
 */
export type LocalDate = string;

const PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const parse = (date: LocalDate) => dayjs.utc(date);

/** A real calendar date in the canonical form (rejects 2026-02-30 and 2026-2-3). */
export const isLocalDate = (value: string): boolean =>
  PATTERN.test(value) && parse(value).format('YYYY-MM-DD') === value;

export const addDays = (date: LocalDate, days: number): LocalDate => parse(date).add(days, 'day').format('YYYY-MM-DD');

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: LocalDate): number => parse(date).day();

export const isWeekend = (date: LocalDate): boolean => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => parse(to).diff(parse(from), 'day');

/** The local (+08:00) date a UTC instant falls on. */
export const localDateOf = (utcMs: number): LocalDate => localDate(utcMs);

/** UTC ms of a local wall-clock time (+08:00) on a local date: ('2026-11-30', 8, 30) → 00:30 UTC. */
export const utcMsAt = (date: LocalDate, hour: number, minute = 0): number =>
  parse(date)
    .add(hour * 60 + minute - 480, 'minute')
    .valueOf();

/** Every date from `from` to `to`, inclusive. */
export const datesFrom = (from: LocalDate, to: LocalDate): LocalDate[] => {
  const count = daysBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addDays(from, i));
};
