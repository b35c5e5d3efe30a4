import { addDays, dayOfWeek, isLocalDate, localDateOf, utcMsAt } from './local-date';
import { LAST_PUBLISHED_YEAR } from './official-days';
import { createWorkingCalendar } from './working-calendar';
import { underEachTimeZone } from '@tests/support/under-each-time-zone';

const calendar = createWorkingCalendar();

describe(`working calendar at +08:00 (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    ['2026-09-30', true, 'workday', null],
    ['2026-10-01', false, 'holiday', '国庆节'],
    ['2026-10-04', false, 'holiday', '国庆节'],
    ['2026-10-07', false, 'holiday', '国庆节'],
    ['2026-10-08', true, 'workday', null],
    ['2026-10-10', true, 'adjusted_workday', '国庆节调休'],
    ['2026-10-11', false, 'weekend', null],
    ['2026-09-20', true, 'adjusted_workday', '国庆节调休'],
    ['2026-11-28', false, 'weekend', null],
    ['2026-11-29', false, 'weekend', null],
    ['2026-11-30', true, 'workday', null],
    ['2026-02-17', false, 'holiday', '春节'],
  ])('%s → working %s (%s, %s)', (date, isWorking, kind, name) => {
    underEachTimeZone(() => expect(calendar.dayInfo(date)).toEqual({ date, isWorking, kind, name }));
  });

  it.each([
    ['2026-11-27', 1, '2026-11-30'], // Friday → Monday
    ['2026-11-28', 1, '2026-11-30'], // Saturday → Monday
    ['2026-09-30', 1, '2026-10-08'], // over National Day
    ['2026-10-09', 1, '2026-10-10'], // the 调休 Saturday counts
    ['2026-10-08', 2, '2026-10-10'], // Friday, then the 调休 Saturday
    ['2026-10-12', -2, '2026-10-09'],
    ['2026-10-03', 0, '2026-10-08'], // not a working day: the next one
    ['2026-11-30', 0, '2026-11-30'],
  ])('addWorkingDays(%s, %i) = %s', (date, n, expected) => {
    underEachTimeZone(() => expect(calendar.addWorkingDays(date, n)).toBe(expected));
  });

  it('lets the office close a working day and open a weekend', () => {
    const office = createWorkingCalendar([
      { date: '2026-11-30', isWorking: false, note: '园区封闭检修' },
      { date: '2026-11-28', isWorking: true, note: '周末加班接待' },
    ]);
    expect(office.dayInfo('2026-11-30')).toMatchObject({
      isWorking: false,
      kind: 'office_closed',
      name: '园区封闭检修',
    });
    expect(office.isWorkingDay('2026-11-28')).toBe(true);
    expect(office.addWorkingDays('2026-11-27', 1)).toBe('2026-11-28');
    expect(office.addWorkingDays('2026-11-28', 1)).toBe('2026-12-01');
  });

  it('puts an instant on its Beijing date, and builds instants from Beijing wall-clock times', () => {
    underEachTimeZone(() => {
      expect(localDateOf(Date.UTC(2026, 10, 27, 15, 30))).toBe('2026-11-27'); // 23:30 in Beijing
      expect(localDateOf(Date.UTC(2026, 10, 27, 16, 0))).toBe('2026-11-28'); // midnight in Beijing
      expect(utcMsAt('2026-11-30', 8, 30)).toBe(Date.UTC(2026, 10, 30, 0, 30));
      expect(utcMsAt('2026-11-30', 0)).toBe(Date.UTC(2026, 10, 29, 16, 0));
      expect(dayOfWeek('2026-10-10')).toBe(6);
      expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    });
  });

  it('accepts only real dates in canonical form', () => {
    expect(['2026-10-01', '2024-02-29'].map(isLocalDate)).toEqual([true, true]);
    expect(['2026-02-30', '2026-2-3', '2026-10-01T00:00', '', 'tomorrow'].map(isLocalDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('knows which years the official table covers', () => {
    expect(LAST_PUBLISHED_YEAR).toBeGreaterThanOrEqual(2026);
  });
});
