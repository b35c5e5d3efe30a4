import { utcMsAt } from './local-date';
import { officialScheduleNotices } from './official-schedule-notice';

describe("the office's notice about next year's holiday schedule", () => {
  it('is silent in November while next year is still months away', () => {
    expect(officialScheduleNotices(utcMsAt('2026-11-30', 23, 59), [])).toEqual([]);
  });

  it('warns from 1 December (+08:00) that next year is not in the table', () => {
    // 2026-12-01 00:00 in Beijing is still 30 November in UTC: the local date decides.
    const notices = officialScheduleNotices(utcMsAt('2026-12-01', 0, 0), []);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^2027年国务院放假安排尚未收录/);
  });

  it('stops warning once the office has entered an extra working day of that year', () => {
    const overrides = [{ date: '2027-02-20', isWorking: true, note: '春节调休（国务院安排）' }];
    expect(officialScheduleNotices(utcMsAt('2026-12-15', 10), overrides)).toEqual([]);
    // A closure alone is not the State Council's schedule.
    expect(
      officialScheduleNotices(utcMsAt('2026-12-15', 10), [{ date: '2027-01-04', isWorking: false, note: '检修' }]),
    ).toHaveLength(1);
  });

  it('keeps warning during a year the table lacks', () => {
    expect(officialScheduleNotices(utcMsAt('2027-03-01', 10), [])).toEqual([
      expect.stringMatching(/^2027年国务院放假安排尚未收录：节假日暂按/),
    ]);
  });
});
