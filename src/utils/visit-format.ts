import { dayOfWeek } from '@core/kernel/calendar/local-date';
import { HALF_DAY_LABELS, type HalfDay } from '@core/visits/visit';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** '2026-11-30' → '11月30日 周一' */
export const formatDay = (date: string): string => {
  const [, month = '', day = ''] = date.split('-');
  return `${Number(month)}月${Number(day)}日 ${WEEKDAYS[dayOfWeek(date)] ?? ''}`;
};

/** '2026-11-30', 'pm' → '11月30日 周一 下午' */
export const formatSlot = (date: string, halfDay: HalfDay): string => `${formatDay(date)} ${HALF_DAY_LABELS[halfDay]}`;

/** '2026-11-30' → '11/30' for compact date chips. */
export const shortDay = (date: string): string => {
  const [, month = '', day = ''] = date.split('-');
  return `${Number(month)}/${Number(day)}`;
};

export const weekdayOf = (date: string): string => WEEKDAYS[dayOfWeek(date)] ?? '';

export const formatMoment = formatDateTimeZh;
