import * as v from 'valibot';
import { SUBSCRIBE_TEMPLATE_KEYS } from './subscribe-templates';
import { DEFAULT_VISIT_SETTINGS } from './visit-settings';
import { localDateField, requiredTextField } from '@core/kernel/validation/common-fields';

/**
 * The office's settings (C10), validated with these schemas when the admin saves them and again
 * when the server reads them: a hand-edited document outside these bounds is reported, not obeyed.
 */
const boundedInt = (label: string, min: number, max: number) =>
  v.pipe(
    v.number(`${label}应为数字`),
    v.integer(`${label}应为整数`),
    v.minValue(min, `${label}不能小于 ${min}`),
    v.maxValue(max, `${label}不能大于 ${max}`),
  );

export const VISIT_SETTINGS_BOUNDS = {
  capacityPerSlot: [1, 50],
  minNoticeWorkingDays: [0, 30],
  windowDays: [1, 180],
  cutoffHours: [0, 168],
  maxOpenVisitsPerParkWeek: [1, 20],
} as const;

const B = VISIT_SETTINGS_BOUNDS;
const DEFAULT_MAX_OPEN_VISITS_PER_PARK_WEEK = DEFAULT_VISIT_SETTINGS.maxOpenVisitsPerParkWeek;

/** A local time of day in minutes after midnight, within office hours (06:00–20:00). */
const slotStartField = (label: string) => boundedInt(label, 6 * 60, 20 * 60);

export const visitSettingsFields = {
  capacityPerSlot: boundedInt('每时段接待组数', ...B.capacityPerSlot),
  minNoticeWorkingDays: boundedInt('提前预约工作日', ...B.minNoticeWorkingDays),
  windowDays: boundedInt('可预约天数', ...B.windowDays),
  cutoffHours: boundedInt('改期截止小时', ...B.cutoffHours),
  // Added after the first release: a stored document without it takes the default (fair use, 2 a week).
  maxOpenVisitsPerParkWeek: v.optional(
    boundedInt('每人每园区每周待办预约数', ...B.maxOpenVisitsPerParkWeek),
    DEFAULT_MAX_OPEN_VISITS_PER_PARK_WEEK,
  ),
  isAutoConfirm: v.boolean('自动确认应为是或否'),
  slotStartMinutes: v.pipe(
    v.strictObject({ am: slotStartField('上午开始时间'), pm: slotStartField('下午开始时间') }),
    v.check((s) => s.am < s.pm, '上午须早于下午'),
  ),
};

export const visitSettingsSchema = v.strictObject(visitSettingsFields);

export const calendarOverrideSchema = v.strictObject({
  date: localDateField,
  isWorking: v.boolean('请选择上班或休息'),
  note: requiredTextField('说明', 1, 40),
});

/** A day appears once: it cannot be both off and working. */
export const calendarOverridesField = v.pipe(
  v.array(calendarOverrideSchema, '日历调整应为列表'),
  v.maxLength(400, '日历调整不超过400天'),
  v.check((list) => new Set(list.map((o) => o.date)).size === list.length, '同一天不能既休息又上班（日期重复）'),
);

/** WeChat template ids: letters, digits, - and _, as the console shows them. */
const templateIdField = v.pipe(
  v.string('模板编号应为文本'),
  v.trim(),
  v.regex(/^[A-Za-z0-9_-]{10,64}$/, '模板编号格式不正确（10–64位字母、数字、-或_）'),
);

export const subscribeTemplateIdsField = v.strictObject(
  Object.fromEntries(SUBSCRIBE_TEMPLATE_KEYS.map((key) => [key, v.optional(templateIdField)])) as Record<
    (typeof SUBSCRIBE_TEMPLATE_KEYS)[number],
    v.OptionalSchema<typeof templateIdField, undefined>
  >,
);
