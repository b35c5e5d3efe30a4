import { underEachTimeZone } from '@tests/support/under-each-time-zone';
import { utcMsAt } from './local-date';
import { isOfficialYearPublished, LAST_PUBLISHED_YEAR } from './official-days';
import { deriveStatutoryHolidays } from './statutory-holidays';
import { createWorkingCalendar, dayNameText } from './working-calendar';
import { createWorkingTime } from './working-time';

/**
 * Expected days off per year, written down from the lunar calendar and the weekdays, independently of
 * the code: 春节 = 除夕 + 初一..初三, 端午 = lunar 5-5, 中秋 = lunar 8-15, 清明 = the solar term, and a
 * statutory day on a weekend (or sharing its date with another) gives the next free working day off.
 */
const EXPECTED: Record<number, { statutory: Record<string, string>; inLieu: Record<string, string> }> = {
  // 除夕 Fri 02-05, 初一 Sat 02-06; 劳动节 and 国庆节 both open on weekends.
  2027: {
    statutory: {
      '2027-01-01': '元旦',
      '2027-02-05': '春节',
      '2027-02-06': '春节',
      '2027-02-07': '春节',
      '2027-02-08': '春节',
      '2027-04-05': '清明',
      '2027-05-01': '劳动节',
      '2027-05-02': '劳动节',
      '2027-06-09': '端午',
      '2027-09-15': '中秋',
      '2027-10-01': '国庆节',
      '2027-10-02': '国庆节',
      '2027-10-03': '国庆节',
    },
    inLieu: {
      '2027-02-09': '春节',
      '2027-02-10': '春节',
      '2027-05-03': '劳动节',
      '2027-05-04': '劳动节',
      '2027-10-04': '国庆节',
      '2027-10-05': '国庆节',
    },
  },
  // 元旦 on a Saturday, 端午 on a Sunday, 中秋 on 10-03 together with 国庆节.
  2028: {
    statutory: {
      '2028-01-01': '元旦',
      '2028-01-25': '春节',
      '2028-01-26': '春节',
      '2028-01-27': '春节',
      '2028-01-28': '春节',
      '2028-04-04': '清明',
      '2028-05-01': '劳动节',
      '2028-05-02': '劳动节',
      '2028-05-28': '端午',
      '2028-10-01': '国庆节',
      '2028-10-02': '国庆节',
      '2028-10-03': '中秋、国庆节',
    },
    inLieu: { '2028-01-03': '元旦', '2028-05-29': '端午', '2028-10-04': '国庆节', '2028-10-05': '中秋' },
  },
  // 端午 (06-16) and 中秋 (09-22) on Saturdays.
  2029: {
    statutory: {
      '2029-01-01': '元旦',
      '2029-02-12': '春节',
      '2029-02-13': '春节',
      '2029-02-14': '春节',
      '2029-02-15': '春节',
      '2029-04-04': '清明',
      '2029-05-01': '劳动节',
      '2029-05-02': '劳动节',
      '2029-06-16': '端午',
      '2029-09-22': '中秋',
      '2029-10-01': '国庆节',
      '2029-10-02': '国庆节',
      '2029-10-03': '国庆节',
    },
    inLieu: { '2029-06-18': '端午', '2029-09-24': '中秋' },
  },
  // 除夕 Sat 02-02 and 初一 Sun 02-03: their days in lieu come after 初三 (Tue 02-05).
  2030: {
    statutory: {
      '2030-01-01': '元旦',
      '2030-02-02': '春节',
      '2030-02-03': '春节',
      '2030-02-04': '春节',
      '2030-02-05': '春节',
      '2030-04-05': '清明',
      '2030-05-01': '劳动节',
      '2030-05-02': '劳动节',
      '2030-06-05': '端午',
      '2030-09-12': '中秋',
      '2030-10-01': '国庆节',
      '2030-10-02': '国庆节',
      '2030-10-03': '国庆节',
    },
    inLieu: { '2030-02-06': '春节', '2030-02-07': '春节' },
  },
};

const asTable = (year: number) =>
  Object.fromEntries(deriveStatutoryHolidays(year).map((d) => [d.date, `${d.kind}:${d.name}`]));
const expectedTable = (year: number) => {
  const { statutory, inLieu } = EXPECTED[year] ?? { statutory: {}, inLieu: {} };
  return {
    ...Object.fromEntries(Object.entries(statutory).map(([date, name]) => [date, `statutory:${name}`])),
    ...Object.fromEntries(Object.entries(inLieu).map(([date, name]) => [date, `in_lieu:${name}`])),
  };
};

describe(`statutory holidays derived from 《全国年节及纪念日放假办法》 (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([2027, 2028, 2029, 2030])('%i: every statutory day and every day in lieu, in any time zone', (year) => {
    underEachTimeZone(() => expect(asTable(year)).toEqual(expectedTable(year)));
  });

  it('agrees with the published arrangement on the statutory days of years the table carries', () => {
    // Published years add 调休 bridges, so only the statutory days themselves must be official holidays.
    const published = createWorkingCalendar();
    for (const year of [2025, 2026]) {
      for (const day of deriveStatutoryHolidays(year).filter((d) => d.kind === 'statutory')) {
        expect({ date: day.date, kind: published.dayInfo(day.date).kind }).toEqual({ date: day.date, kind: 'holiday' });
      }
    }
  });
});

describe('the working calendar beyond the published table', () => {
  const calendar = createWorkingCalendar();

  it('knows 2026 is published and 2027 is not (chinese-days 1.5.7)', () => {
    expect(LAST_PUBLISHED_YEAR).toBe(2026);
    expect([isOfficialYearPublished(2026), isOfficialYearPublished(2027)]).toEqual([true, false]);
  });

  it.each([
    ['2027-01-01', '元旦', 'statutory'],
    ['2027-02-05', '春节', 'statutory'],
    ['2027-02-08', '春节', 'statutory'],
    ['2027-02-10', '春节', 'in_lieu'],
    ['2027-10-01', '国庆节', 'statutory'],
    ['2027-10-02', '国庆节', 'statutory'],
    ['2027-10-03', '国庆节', 'statutory'],
  ])('%s is a holiday named %s (%s, derived)', (date, name, derived) => {
    expect(calendar.dayInfo(date)).toEqual({ date, isWorking: false, kind: 'holiday', name, derived });
  });

  it('labels derived days so nobody mistakes them for the published arrangement', () => {
    expect(dayNameText(calendar.dayInfo('2027-01-01'))).toBe('元旦（按法定假日推算，调休安排待公布）');
    expect(dayNameText(calendar.dayInfo('2027-02-09'))).toBe('春节补休（按法定假日推算，调休安排待公布）');
    expect(dayNameText(calendar.dayInfo('2026-10-01'))).toBe('国庆节');
  });

  it("keeps 2026's published 调休 working days", () => {
    for (const date of ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']) {
      expect(calendar.dayInfo(date)).toMatchObject({ isWorking: true, kind: 'adjusted_workday' });
    }
  });

  it("lets the office's overrides win over a derived day", () => {
    const office = createWorkingCalendar([
      { date: '2027-02-20', isWorking: true, note: '春节调休（国务院安排）' },
      { date: '2027-02-10', isWorking: true, note: '按国务院安排上班' },
    ]);
    expect(office.dayInfo('2027-02-20')).toMatchObject({ isWorking: true, kind: 'office_open' });
    expect(office.dayInfo('2027-02-10')).toMatchObject({ isWorking: true, kind: 'office_open' });
    expect(office.dayInfo('2027-02-10').derived).toBeUndefined();
  });

  it('counts a 1-working-day target filed on Thu 2026-12-31 16:00 to Mon 2027-01-04 16:00', () => {
    const time = createWorkingTime(createWorkingCalendar());
    expect(time.addWorkingDaysOfTime(utcMsAt('2026-12-31', 16), 1)).toBe(utcMsAt('2027-01-04', 16));
    // Across 春节 2027: Thu 02-04 16:00 + 1 working day → Thu 02-11 16:00 (02-05..02-10 off).
    expect(time.addWorkingDaysOfTime(utcMsAt('2027-02-04', 16), 1)).toBe(utcMsAt('2027-02-11', 16));
  });

  it('gives the office override for a working 2027-01-04 back to the next day', () => {
    const time = createWorkingTime(
      createWorkingCalendar([{ date: '2027-01-04', isWorking: false, note: '园区停电检修' }]),
    );
    expect(time.addWorkingDaysOfTime(utcMsAt('2026-12-31', 16), 1)).toBe(utcMsAt('2027-01-05', 16));
  });
});
