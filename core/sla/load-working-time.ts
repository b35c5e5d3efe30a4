import { createWorkingCalendar } from '../calendar/working-calendar';
import { createWorkingTime, type WorkingTime } from '../calendar/working-time';
import { visitRepo } from '../repos/visit-repo';
import type { DocStore } from '../store/doc-store';

/** Working time with the office's calendar overrides (settings/calendar) applied, read once per request or tick. */
export const loadWorkingTime = async (store: DocStore): Promise<WorkingTime> =>
  createWorkingTime(createWorkingCalendar(await visitRepo(store).calendarOverrides()));
