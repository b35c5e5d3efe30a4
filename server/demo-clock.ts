import type { Clock } from '@core/app/handlers';

/**
 * The local demo stack's clock: real time plus an offset that tests and demos may move forward
 * (POST /api/demo/clock), to watch deadlines turn yellow and red without waiting days. It can also start
 * at a given instant (ZD_CLOCK_START), so a browser test sees the same day of the week and time of day
 * whenever it runs. Production mode never builds one: its clock is Date.now() and nothing can move it.
 */
export interface AdjustableClock extends Clock {
  /** Moves time on by `ms` (≥ 0): time never runs backwards, so nothing already stamped is in the future. */
  advance(ms: number): number;
  /** Moves time on to the instant `at` (not before now, for the same reason). */
  moveTo(at: number): number;
  offsetMs(): number;
}

export const adjustableClock = (real: () => number = () => Date.now(), startAt?: number): AdjustableClock => {
  let offset = startAt === undefined ? 0 : startAt - real();
  const advance = (ms: number): number => {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a non-negative number of ms');
    offset += ms;
    return real() + offset;
  };
  return {
    now: () => real() + offset,
    advance,
    moveTo: (at) => advance(at - (real() + offset)),
    offsetMs: () => offset,
  };
};

/**
 * ZD_CLOCK_START as an instant: an ISO 8601 date-time with an explicit offset or Z
 * (`2026-12-02T10:00:00+08:00`), so the process time zone never changes which instant it names.
 */
export const parseClockStart = (value: string): number => {
  const pattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
  const at = pattern.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(at)) {
    throw new RangeError(
      `ZD_CLOCK_START must be an ISO date-time with an offset, e.g. 2026-12-02T10:00:00+08:00 (got "${value}")`,
    );
  }
  return at;
};
