import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime, type WorkingTime } from '@core/kernel/calendar/working-time';
import type { DocStore } from '@core/kernel/store/doc-store';
import { settingsReader } from './settings-reader';

/** Working time with the office's calendar overrides (settings/calendar) applied, read once per request or tick. */
export const loadWorkingTime = async (store: Pick<DocStore, 'get'>): Promise<WorkingTime> =>
  createWorkingTime(createWorkingCalendar((await settingsReader(store).calendarOverrides()).value));
