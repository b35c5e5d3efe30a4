/** The values ascending, as numbers (a typed-array sort: a quarter's samples run to six figures). */
const ascending = (values: readonly number[]): Float64Array => Float64Array.from(values).sort();

const rankIn = (sorted: Float64Array, p: number): number | null =>
  sorted.length ? (sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null) : null;

/** Nearest-rank percentile (no interpolation): the smallest value with at least p% of the values at or below it. */
export const nearestRank = (values: readonly number[], p: number): number | null => rankIn(ascending(values), p);

/** A share to four decimals (0.1234 = 12.34%), null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

/** Working minutes as working hours to two decimals. */
export const hoursOf = (minutes: number | null): number | null =>
  minutes === null ? null : Math.round((minutes / 60) * 100) / 100;

export interface DurationStats {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export const durationStats = (minutes: readonly number[]): DurationStats => {
  const sorted = ascending(minutes);
  return { count: sorted.length, medianHours: hoursOf(rankIn(sorted, 50)), p90Hours: hoursOf(rankIn(sorted, 90)) };
};

export interface OnTimeStats {
  met: number;
  breached: number;
  /** met ÷ (met + breached). */
  rate: number | null;
}

export const onTimeStats = (met: number, breached: number): OnTimeStats => ({
  met,
  breached,
  rate: ratio(met, met + breached),
});

export const inPeriod = (at: number | null | undefined, from: number, to: number): at is number =>
  at !== null && at !== undefined && at >= from && at < to;

/** Figures count up to the period's end, or up to and including `now` for a period still running. */
export const asOfInstant = (to: number, now: number): number => Math.min(to, now + 1);
