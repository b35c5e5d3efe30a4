import { datesFrom } from '@core/kernel/calendar/local-date';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { visitSlotId } from './visit';
import { DEFAULT_VISIT_SETTINGS } from '@core/settings';
import { buildAvailability } from './availability';
import { bookingWindow, changeDeadline, slotStartsAt } from './booking-window';

const calendar = createWorkingCalendar([{ date: '2026-10-14', isWorking: false, note: '园区封闭检修' }]);
const settings = DEFAULT_VISIT_SETTINGS;
// 2026-09-29 (Tuesday) 10:00 in Beijing.
const NOW = Date.UTC(2026, 8, 29, 2, 0);

const availability = (from: string, to: string, used: [string, number][] = [], parkIds = ['a', 'b'], now = NOW) =>
  buildAvailability({
    now,
    dates: datesFrom(from, to),
    parkIds,
    window: bookingWindow(now, settings, calendar),
    calendar,
    settings,
    used: new Map(used),
  });

describe('booking window and availability around National Day 2026', () => {
  it('opens one working day ahead and closes 30 days out', () => {
    expect(bookingWindow(NOW, settings, calendar)).toEqual({
      today: '2026-09-29',
      earliest: '2026-09-30',
      latest: '2026-10-29',
    });
    // On 30 September the next working day is 8 October, after the holiday.
    expect(bookingWindow(Date.UTC(2026, 8, 30, 2), settings, calendar).earliest).toBe('2026-10-08');
  });

  it('says why each day cannot be booked', () => {
    const days = availability('2026-09-28', '2026-10-31');
    const reasonOf = (date: string) => days.find((d) => d.date === date)?.reasonText ?? null;
    expect(reasonOf('2026-09-29')).toBe('提前量不足');
    expect(reasonOf('2026-09-30')).toBeNull();
    expect(reasonOf('2026-10-01')).toBe('法定节假日 · 国庆节');
    expect(reasonOf('2026-10-07')).toBe('法定节假日 · 国庆节');
    expect(reasonOf('2026-10-08')).toBeNull();
    expect(reasonOf('2026-10-10')).toBeNull(); // 调休 Saturday: open
    expect(reasonOf('2026-10-11')).toBe('周末');
    expect(reasonOf('2026-10-14')).toBe('暂停接待 · 园区封闭检修');
    expect(reasonOf('2026-10-29')).toBeNull();
    expect(reasonOf('2026-10-30')).toBe('超出预约范围');
    expect(days.find((d) => d.date === '2026-10-10')).toMatchObject({ weekday: 6, isBookable: true });
  });

  it('gives an itinerary the places of its fullest park, and calls a day full only when both halves are', () => {
    const used: [string, number][] = [
      [visitSlotId('a', '2026-10-08', 'am'), 1],
      [visitSlotId('b', '2026-10-08', 'am'), 2],
      [visitSlotId('a', '2026-10-09', 'am'), 2],
      [visitSlotId('b', '2026-10-09', 'pm'), 2],
    ];
    const [oct8, oct9] = availability('2026-10-08', '2026-10-09', used);
    expect(oct8).toMatchObject({
      isBookable: true,
      slots: [
        { halfDay: 'am', remaining: 0, isFixedOnceBooked: false },
        { halfDay: 'pm', remaining: 2, isFixedOnceBooked: false },
      ],
    });
    expect(oct9).toMatchObject({ isBookable: false, reason: 'full', reasonText: '已约满' });
    expect(availability('2026-10-09', '2026-10-09', used, ['a'])[0]?.isBookable).toBe(true);
  });

  it('starts slots at 09:00 and 14:30 Beijing time and closes changes 24 hours before', () => {
    const start = slotStartsAt('2026-10-08', 'pm', settings);
    expect(start).toBe(Date.UTC(2026, 9, 8, 6, 30));
    expect(slotStartsAt('2026-10-08', 'am', settings)).toBe(Date.UTC(2026, 9, 8, 1, 0));
    expect(changeDeadline(start, settings)).toBe(Date.UTC(2026, 9, 7, 6, 30));
  });

  it.each([
    // Beijing time of asking on Tue 2026-09-29, and whether Wed 09-30's 上午 (09:00) / 下午 (14:30) are already
    // inside the 24-hour change cut-off, so a booking made now could not be rescheduled or cancelled.
    ['08:59', false, false],
    ['09:00', true, false],
    ['10:00', true, false],
    ['14:29', true, false],
    ['14:30', true, true],
    ['17:00', true, true],
  ])('asked at %s, the first day offered says whether a booking is fixed at once (am %s, pm %s)', (hhmm, am, pm) => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    const now = Date.UTC(2026, 8, 29, h - 8, m);
    const [sep30] = availability('2026-09-30', '2026-09-30', [], ['a'], now);
    expect(sep30?.isBookable).toBe(true);
    expect(sep30?.slots.map((s) => [s.halfDay, s.isFixedOnceBooked])).toEqual([
      ['am', am],
      ['pm', pm],
    ]);
    // Later days stay changeable.
    const [oct8] = availability('2026-10-08', '2026-10-08', [], ['a'], now);
    expect(oct8?.slots.every((s) => !s.isFixedOnceBooked)).toBe(true);
  });
});
