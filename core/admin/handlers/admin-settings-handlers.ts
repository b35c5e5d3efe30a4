import type { AdminHandler } from '../admin-actions';
import type { AdminSettingsView } from '../admin-actions';
import type { SubscribeSettings } from '@core/settings';
import type { CalendarSettings, ProjectSettings, VisitSettings } from '@core/settings';
import { replaceSettingsDocument, settingsDocument, settingsProblems, settingsReader } from '@core/settings';
import type { DocOf } from '@core/kernel/store/collections';
import type { DocStore } from '@core/kernel/store/doc-store';
import { noteAudit, type HandlerContext } from '@core/kernel/deps';

const settingsView = async (store: DocStore): Promise<AdminSettingsView> => {
  const read = settingsReader(store);
  const [visits, calendar, subscribe, stall, problems] = await Promise.all([
    read.visits(),
    read.calendarOverrides(),
    read.subscribe(),
    read.stallRule(),
    settingsProblems(store),
  ]);
  const { id: _id, ...visitFields } = visits.value;
  return {
    visits: visitFields,
    calendarOverrides: calendar.value,
    templateIds: subscribe.value?.templateIds ?? {},
    stallRule: stall.value,
    problems,
  };
};

export const getSettings: AdminHandler<'admin.settings.get'> = async (_input, { deps }) => settingsView(deps.store);

/**
 * Writes a whole settings document (already validated by the action's schema). A document that was
 * invalid is replaced; the audit record keeps the stored value before the change.
 */
const saveDoc = async <T extends DocOf<'settings'>>(
  ctx: HandlerContext,
  id: string,
  fields: Omit<T, 'id' | 'version'>,
): Promise<AdminSettingsView> => {
  const { store } = ctx.deps;
  const before = await settingsDocument<T>(store, id);
  noteAudit(ctx, { target: `settings/${id}`, before, after: fields });
  await store.transaction((tx) => replaceSettingsDocument<T>(tx, id, before, fields));
  return settingsView(store);
};

export const saveVisits: AdminHandler<'admin.settings.saveVisits'> = (input, ctx) =>
  saveDoc<VisitSettings>(ctx, 'visits', input);

export const saveCalendar: AdminHandler<'admin.settings.saveCalendar'> = (input, ctx) =>
  saveDoc<CalendarSettings>(ctx, 'calendar', { overrides: input.overrides });

export const saveSubscribe: AdminHandler<'admin.settings.saveSubscribe'> = (input, ctx) =>
  saveDoc<SubscribeSettings>(ctx, 'subscribe', { templateIds: input.templateIds });

export const saveProjects: AdminHandler<'admin.settings.saveProjects'> = (input, ctx) =>
  saveDoc<ProjectSettings>(ctx, 'projects', { stall: input.stall });
