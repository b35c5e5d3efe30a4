import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Beijing time. China has had no DST since 1991; `.tz()` is wrong on Android WeChat, so a fixed offset it is. */
export const ZONE_OFFSET_MINUTES = 480;

export const atZone = (utcMs: number) => dayjs.utc(utcMs).utcOffset(ZONE_OFFSET_MINUTES);

/** 2026-11-27 (arithmetic, not dayjs: the dashboard asks it for every figure of every ticket). */
export const localDate = (utcMs: number): string =>
  Number.isFinite(utcMs) ? new Date(utcMs + ZONE_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10) : 'Invalid Date';

/** 2026年11月27日 18:30 */
export const formatDateTimeZh = (utcMs: number): string => atZone(utcMs).format('YYYY年M月D日 HH:mm');

/** 2026年11月27日 */
export const formatDateZh = (utcMs: number): string => atZone(utcMs).format('YYYY年M月D日');
