import * as v from 'valibot';
import type { CalendarOverride } from '@core/kernel/calendar/working-calendar';
import { calendarOverridesField, subscribeTemplateIdsField, visitSettingsFields } from './settings-fields';
import { DEFAULT_STALL_RULE, stallRuleField, type StallRule } from './project-settings';
import type { SubscribeSettings } from './subscribe-templates';
import { DEFAULT_VISIT_SETTINGS, type VisitSettings } from './visit-settings';
import type { TxStore } from '@core/kernel/store/doc-store';
import { parseInput } from '@core/kernel/validation/parse-input';
import { storedSettings } from './settings-repo';

export const SETTINGS_LABELS = {
  visits: '考察预约设置',
  calendar: '办公日历',
  subscribe: '订阅消息模板',
  projects: '项目管理设置',
} as const;
export type SettingsKey = keyof typeof SETTINGS_LABELS;

/** A stored document that failed its schema: what the admin is told; the server runs on the defaults meanwhile. */
export interface SettingsProblem {
  key: SettingsKey;
  field: string;
  message: string;
}

export interface Checked<T> {
  value: T;
  problem: SettingsProblem | null;
}

const storedVisits = v.object({ id: v.literal('visits'), version: v.number(), ...visitSettingsFields });
const storedCalendar = v.object({ id: v.literal('calendar'), version: v.number(), overrides: calendarOverridesField });
const storedSubscribe = v.object({
  id: v.literal('subscribe'),
  version: v.number(),
  templateIds: subscribeTemplateIdsField,
});

const storedProjects = v.object({ id: v.literal('projects'), version: v.number(), stall: stallRuleField });

const check = <S extends v.GenericSchema, T>(
  key: SettingsKey,
  schema: S,
  doc: unknown,
  fallback: T,
  pick: (parsed: v.InferOutput<S>) => T,
): Checked<T> => {
  if (doc === null || doc === undefined) return { value: fallback, problem: null };
  const parsed = parseInput(schema, doc);
  if (parsed.ok) return { value: pick(parsed.value), problem: null };
  const first = parsed.problems[0] ?? { field: 'input', message: '格式不正确' };
  return { value: fallback, problem: { key, ...first } };
};

/**
 * The office's settings documents, each checked against the schemas the admin's forms save with.
 * A document that fails is not obeyed: the defaults (or no override) apply and the problem is
 * reported to the admin (whoami notices, the settings page).
 */
export const settingsReader = (store: Pick<TxStore, 'get'>) => {
  const stored = storedSettings(store);
  return {
    visits: async (): Promise<Checked<VisitSettings>> =>
      check('visits', storedVisits, await stored.visits(), DEFAULT_VISIT_SETTINGS, (s) => ({
        ...s,
        id: 'visits' as const,
      })),

    calendarOverrides: async (): Promise<Checked<CalendarOverride[]>> =>
      check('calendar', storedCalendar, await stored.calendar(), [], (s) => s.overrides),

    subscribe: async (): Promise<Checked<SubscribeSettings | null>> =>
      check('subscribe', storedSubscribe, await stored.subscribe(), null, (s) => ({
        id: 'subscribe' as const,
        version: s.version,
        templateIds: s.templateIds,
      })),

    /** The stall rule (签约未开工) of settings/projects, or its defaults. */
    stallRule: async (): Promise<Checked<StallRule>> =>
      check('projects', storedProjects, await stored.projects(), DEFAULT_STALL_RULE, (s) => s.stall),
  };
};

/** Every settings problem, for the admin's notices. */
export const settingsProblems = async (store: Pick<TxStore, 'get'>): Promise<SettingsProblem[]> => {
  const read = settingsReader(store);
  const all = await Promise.all([read.visits(), read.calendarOverrides(), read.subscribe(), read.stallRule()]);
  return all.flatMap((c) => (c.problem ? [c.problem] : []));
};

export const settingsProblemText = (p: SettingsProblem): string =>
  `${SETTINGS_LABELS[p.key]}有误（${p.field}：${p.message}），已按默认值运行，请在管理后台修正`;
