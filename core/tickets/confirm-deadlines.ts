import type { WorkingTime } from '@core/kernel/calendar/working-time';
import { AUTO_CONFIRM_NOTICE_WORKING_DAYS, AUTO_CONFIRM_WORKING_DAYS } from './rating';

/** When a resolved ticket is confirmed without an answer (5 working days after resolution). */
export const autoConfirmAt = (resolvedAt: number, time: WorkingTime): number =>
  time.addWorkingDaysOfTime(resolvedAt, AUTO_CONFIRM_WORKING_DAYS);

/** When the enterprise is told so (a working day before). */
export const confirmNoticeAt = (resolvedAt: number, time: WorkingTime): number =>
  time.addWorkingDaysOfTime(resolvedAt, AUTO_CONFIRM_WORKING_DAYS - AUTO_CONFIRM_NOTICE_WORKING_DAYS);

/** The confirmation job's next look at a resolved ticket: the notice first, then the confirmation. */
export const nextConfirmCheckAt = (resolvedAt: number, noticedAt: number | null, time: WorkingTime): number =>
  noticedAt === null ? confirmNoticeAt(resolvedAt, time) : autoConfirmAt(resolvedAt, time);
