import type { Visit } from '@core/visits/visit';
import type { sendAs } from './dispatch-kit';

/** Where the race's visit is booked (2026-12-02 am) and the two half-days it is moved to at once. */
const RACED_SLOTS = [
  ['2026-12-02', 'am'],
  ['2026-12-03', 'pm'],
  ['2026-12-04', 'pm'],
] as const;

/** The investor cancels the visit and moves it to 12-03 pm and to 12-04 pm, all three at once. */
export const raceCancelAndReschedules = (send: ReturnType<typeof sendAs>, visitId: string) =>
  Promise.all([
    send('investor', 'visits.cancel', { visitId, reason: '取消行程' }),
    send('investor', 'visits.reschedule', { visitId, date: '2026-12-03', halfDay: 'pm', reason: '改期' }),
    send('investor', 'visits.reschedule', { visitId, date: '2026-12-04', halfDay: 'pm', reason: '改期' }),
  ]);

/** After the races each of the three half-days' counters holds exactly the visits (not cancelled) booked on it. */
export const expectRacedCountersExact = async (
  visits: readonly (Visit | null)[],
  used: (date: string, halfDay: 'am' | 'pm') => Promise<number>,
): Promise<void> => {
  for (const [date, halfDay] of RACED_SLOTS) {
    const holding = visits.filter((v) => v && v.status !== 'cancelled' && v.date === date && v.halfDay === halfDay);
    expect(await used(date, halfDay)).toBe(holding.length);
  }
};
