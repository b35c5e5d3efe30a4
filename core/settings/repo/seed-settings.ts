import type { DocStore } from '@core/kernel/store/doc-store';
import { insertMissing } from '@core/kernel/store/seeding';
import { DEFAULT_VISIT_SETTINGS, type CalendarSettings, type VisitSettings } from '../visit-settings';

/** No office closures yet; the official calendar applies as published. */
const CALENDAR_SEED: CalendarSettings = { id: 'calendar', version: 1, overrides: [] };

/** The office's first settings: the visit rules' defaults and an empty calendar of its own. */
export const seedSettings = async (store: DocStore): Promise<void> => {
  await insertMissing<VisitSettings | CalendarSettings>(
    [DEFAULT_VISIT_SETTINGS, CALENDAR_SEED],
    (id) => store.get('settings', id),
    (doc) => store.insert('settings', doc),
  );
};
