import type { Clock } from '../core/handlers';

/**
 * The local demo stack's clock: real time plus an offset that tests and demos may move forward
 * (POST /api/demo/clock), to watch deadlines turn yellow and red without waiting days. Production
 * mode never builds one: its clock is Date.now() and nothing can move it.
 */
export interface AdjustableClock extends Clock {
  /** Moves time on by `ms` (≥ 0): time never runs backwards, so nothing already stamped is in the future. */
  advance(ms: number): number;
  offsetMs(): number;
}

export const adjustableClock = (real: () => number = () => Date.now()): AdjustableClock => {
  let offset = 0;
  return {
    now: () => real() + offset,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a non-negative number of ms');
      offset += ms;
      return real() + offset;
    },
    offsetMs: () => offset,
  };
};
