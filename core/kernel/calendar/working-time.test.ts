import { utcMsAt } from './local-date';
import { createWorkingCalendar } from './working-calendar';
import { createWorkingTime } from './working-time';

const time = createWorkingTime(createWorkingCalendar([{ date: '2026-12-04', isWorking: false, note: '园区停电检修' }]));
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return utcMsAt(date, h ?? 0, m ?? 0);
};
const show = (utcMs: number) => {
  const local = new Date(utcMs + 480 * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
};

describe(`working time at +08:00 (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    ['same morning', '2026-11-26', '09:00', 60, '2026-11-26 10:00'],
    ['across the lunch break', '2026-11-26', '11:30', 60, '2026-11-26 14:00'],
    ['started during lunch', '2026-11-26', '12:30', 30, '2026-11-26 14:00'],
    ['before opening', '2026-11-26', '07:00', 60, '2026-11-26 09:30'],
    ['after closing', '2026-11-26', '18:00', 60, '2026-11-27 09:30'],
    ['lands exactly on closing time', '2026-11-26', '16:30', 60, '2026-11-26 17:30'],
    ['one minute past closing time', '2026-11-26', '17:30', 1, '2026-11-27 08:31'],
    ['across a weekend', '2026-11-27', '16:00', 120, '2026-11-30 09:00'],
    ['across 2026 National Day (10-01..10-07 off)', '2026-09-30', '17:00', 60, '2026-10-08 09:00'],
    ['onto the 调休 working Saturday 2026-10-10', '2026-10-09', '17:00', 60, '2026-10-10 09:00'],
    ['from a Saturday onto the 调休 working Sunday 2026-09-20', '2026-09-19', '10:00', 30, '2026-09-20 09:00'],
    ['over an office closure', '2026-12-03', '17:00', 60, '2026-12-07 09:00'],
    ['zero from a closed time gives the next opening', '2026-11-28', '10:00', 0, '2026-11-30 08:30'],
    ['a full 5 working days of 7.5 h', '2026-11-26', '10:00', 5 * 450, '2026-12-03 10:00'],
  ])('adds working minutes %s', (_name, date, hhmm, minutes, expected) => {
    expect(show(time.addWorkingMinutes(at(date, hhmm), minutes))).toBe(expected);
  });

  it.each([
    ['within one period', '2026-11-26 09:00', '2026-11-26 10:30', 90],
    ['over lunch', '2026-11-26 11:00', '2026-11-26 14:00', 90],
    ['over a weekend', '2026-11-27 16:00', '2026-11-30 09:00', 120],
    ['over National Day', '2026-09-30 17:00', '2026-10-08 09:00', 60],
    ['inside a holiday', '2026-10-02 09:00', '2026-10-03 17:00', 0],
    ['backwards', '2026-11-26 10:00', '2026-11-26 09:00', 0],
  ])('counts working minutes %s', (_name, from, to, minutes) => {
    const [fd = '', ft = ''] = from.split(' ');
    const [td = '', tt = ''] = to.split(' ');
    expect(time.workingMinutesBetween(at(fd, ft), at(td, tt))).toBe(minutes);
  });

  it('is the inverse of adding: the time between a start and its deadline is what was added', () => {
    const start = at('2026-09-24', '15:10');
    for (const minutes of [1, 59, 450, 451, 2000, 6000]) {
      expect(time.workingMinutesBetween(start, time.addWorkingMinutes(start, minutes))).toBe(minutes);
    }
  });

  it('refuses a negative duration', () => {
    expect(() => time.addWorkingMinutes(at('2026-11-26', '09:00'), -1)).toThrow();
  });
});
