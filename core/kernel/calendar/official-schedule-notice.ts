import { localDateOf } from './local-date';
import { isOfficialYearPublished } from './official-days';
import type { CalendarOverride } from './working-calendar';

/**
 * What the office must hear about the holiday table: from 1 December (at +08:00) next year's official
 * arrangement is due, and a year the package does not carry runs on holidays derived from the law
 * with no 调休 working weekends. The office has entered a year's schedule once it has recorded at least
 * one extra working day of that year in settings/calendar (every State Council arrangement has some).
 */
export const officialScheduleNotices = (now: number, overrides: readonly CalendarOverride[]): string[] => {
  const today = localDateOf(now);
  const year = Number(today.slice(0, 4));
  const isMissing = (y: number) =>
    !isOfficialYearPublished(y) && !overrides.some((o) => o.isWorking && o.date.startsWith(`${y}-`));
  const notices: string[] = [];
  const advice = '节假日暂按《全国年节及纪念日放假办法》推算，调休上班日须在办公室日历中按国务院通知录入';
  if (isMissing(year)) notices.push(`${year}年国务院放假安排尚未收录：${advice}。`);
  if (today.slice(5, 7) === '12' && isMissing(year + 1)) {
    notices.push(`${year + 1}年国务院放假安排尚未收录：公布后请及时录入；此前${advice}。`);
  }
  return notices;
};
