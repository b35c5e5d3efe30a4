import { formatDateTimeZh, formatDateZh, localDate } from './local-time';

// 2026-11-27 15:30 UTC is 23:30 in Beijing; 16:30 UTC is already the 28th there.
const LATE_EVENING = Date.UTC(2026, 10, 27, 15, 30);
const AFTER_MIDNIGHT = Date.UTC(2026, 10, 27, 16, 30);

describe(`local time at +08:00 (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('puts 23:30 Beijing time on the same local day', () => {
    expect(localDate(LATE_EVENING)).toBe('2026-11-27');
    expect(formatDateTimeZh(LATE_EVENING)).toBe('2026年11月27日 23:30');
  });

  it('moves to the next local day at Beijing midnight, whatever the process time zone', () => {
    expect(localDate(AFTER_MIDNIGHT)).toBe('2026-11-28');
    expect(formatDateZh(AFTER_MIDNIGHT)).toBe('2026年11月28日');
    expect(formatDateTimeZh(AFTER_MIDNIGHT)).toBe('2026年11月28日 00:30');
  });
});
