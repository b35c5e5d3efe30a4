import { addDays, datesFrom, dayOfWeek, daysBetween, isLocalDate, isWeekend, localDateOf, utcMsAt } from './local-date';

describe(`local dates at +08:00 (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('accepts only real dates in the canonical form', () => {
    expect(['2026-11-30', '2028-02-29', '2026-12-31'].map(isLocalDate)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-02-30', '2026-13-01', '2026-2-3', '2026-11-31', ''].map(isLocalDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('adds days across months, years and a leap day, forwards and back', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-01', 0)).toBe('2026-12-01');
  });

  it('knows the weekday and counts whole days', () => {
    expect(dayOfWeek('2026-12-01')).toBe(2);
    expect([isWeekend('2026-12-05'), isWeekend('2026-12-06'), isWeekend('2026-12-07')]).toEqual([true, true, false]);
    expect(daysBetween('2026-12-01', '2027-03-01')).toBe(90);
    expect(daysBetween('2027-03-01', '2026-12-01')).toBe(-90);
    expect(datesFrom('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(datesFrom('2027-01-02', '2026-12-30')).toEqual([]);
  });

  it('turns a Beijing wall-clock time into UTC and an instant back into its Beijing day', () => {
    expect(utcMsAt('2026-11-30', 8, 30)).toBe(Date.UTC(2026, 10, 30, 0, 30));
    expect(utcMsAt('2027-01-01', 0)).toBe(Date.UTC(2026, 11, 31, 16, 0));
    expect(localDateOf(Date.UTC(2026, 11, 31, 15, 59, 59, 999))).toBe('2026-12-31');
    expect(localDateOf(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01-01');
    expect(localDateOf(utcMsAt('2028-02-29', 23, 59))).toBe('2028-02-29');
  });
});
