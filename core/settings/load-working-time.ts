import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime, type WorkingTime } from '@core/kernel/calendar/working-time';
import { visitRepo } from '@core/visits/visit-repo';
import type { DocStore } from '@core/kernel/store/doc-store';

/** Working time with the office's calendar overrides (settings/calendar) applied, read once per request or tick. */
export const loadWorkingTime = async (store: DocStore): Promise<WorkingTime> =>
  createWorkingTime(createWorkingCalendar(await visitRepo(store).calendarOverrides()));
