import { createWorkingCalendar, type WorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { VISIT_STATUS_LABELS, type Visit, type VisitStatus } from './visit';
import type { VisitSettings } from '@core/settings';
import { AppError, conflict } from '@core/kernel/errors';
import { visitRepo } from './visit-repo';
import type { DocStore } from '@core/kernel/store/doc-store';

export interface BookingRules {
  settings: VisitSettings;
  calendar: WorkingCalendar;
}

export const loadBookingRules = async (store: DocStore): Promise<BookingRules> => {
  const repo = visitRepo(store);
  const [settings, overrides] = await Promise.all([repo.settings(), repo.calendarOverrides()]);
  return { settings, calendar: createWorkingCalendar(overrides) };
};

/** The state machine: which statuses each change may start from. */
export const VISIT_TRANSITIONS = {
  reschedule: ['pending', 'confirmed', 'rescheduled'],
  cancel: ['pending', 'confirmed', 'rescheduled'],
  confirm: ['pending', 'rescheduled'],
  decline: ['pending', 'confirmed', 'rescheduled'],
  complete: ['confirmed'],
  noShow: ['confirmed'],
} as const satisfies Record<string, readonly VisitStatus[]>;

export type VisitChange = keyof typeof VISIT_TRANSITIONS;

const CHANGE_LABELS: Record<VisitChange, string> = {
  reschedule: '改期',
  cancel: '取消',
  confirm: '确认',
  decline: '婉拒',
  complete: '标记完成',
  noShow: '标记未到访',
};

/** CONFLICT when the visit has moved on (someone else changed it first, or it is closed). */
export const assertCanChange = (visit: Visit, change: VisitChange): void => {
  if (!(VISIT_TRANSITIONS[change] as readonly VisitStatus[]).includes(visit.status)) {
    throw conflict(`该预约${VISIT_STATUS_LABELS[visit.status]}，不能${CHANGE_LABELS[change]}`);
  }
};

export const pastCutoff = (): AppError => new AppError('FORBIDDEN', '已过改期或取消截止时间，请通过接待人员联系调整');
