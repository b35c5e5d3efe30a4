import * as v from 'valibot';
import { TEAM_KINDS } from '@core/identity';
import { idField } from '@core/kernel/paging';
import { localDateField, requiredTextField as text } from '@core/kernel/validation/common-fields';
import { workingMinutesPerDay } from '@core/kernel/calendar/working-time';

/**
 * Field schemas of the office's service-catalog actions. The admin pages check with the same ones,
 * and a stored category is read back through them (a hand-edited document that fails is reported,
 * not obeyed).
 *
 * Bounds: a response within 1–80 working hours, a resolution within 1–60 working days, and the
 * response no longer than the resolution (7.5 working hours a day).
 */
export const MAX_RESPONSE_WORKING_HOURS = 80;
export const MAX_RESOLUTION_WORKING_DAYS = 60;

const wholeNumber = (label: string, min: number, max: number, unit: string) =>
  v.pipe(
    v.number(`请填写${label}`),
    v.integer(`${label}应为整数`),
    v.minValue(min, `${label}至少${min}${unit}`),
    v.maxValue(max, `${label}不超过${max}${unit}`),
  );

export const materialField = v.strictObject({
  name: text('材料名称', 2, 50),
  isRequired: v.boolean('请选择是否必交'),
  note: v.optional(v.pipe(v.string('备注应为文本'), v.trim(), v.maxLength(100, '备注不超过100个字')), ''),
});

export const categoryMaterialsField = v.pipe(
  v.array(materialField, '材料清单应为列表'),
  v.minLength(1, '请至少填写一项材料'),
  v.maxLength(30, '材料不超过30项'),
  v.check((list) => new Set(list.map((m) => m.name)).size === list.length, '材料名称不能重复'),
);

export const targetsFields = {
  responseWorkingHours: wholeNumber('首次响应时限', 1, MAX_RESPONSE_WORKING_HOURS, '个工作小时'),
  resolutionWorkingDays: wholeNumber('办结时限', 1, MAX_RESOLUTION_WORKING_DAYS, '个工作日'),
};

export const targetsField = v.pipe(
  v.strictObject(targetsFields),
  v.forward(
    v.check(
      (t) => t.responseWorkingHours * 60 <= t.resolutionWorkingDays * workingMinutesPerDay(),
      '首次响应时限不能长于办结时限',
    ),
    ['responseWorkingHours'],
  ),
);

export const routingField = v.strictObject({
  steps: v.pipe(
    v.array(v.picklist(TEAM_KINDS, '团队类型无效'), '派单顺序应为列表'),
    v.minLength(1, '请至少选择一类承办团队'),
    v.check((s) => new Set(s).size === s.length, '团队类型不能重复'),
  ),
  fallbackTeamId: v.optional(v.nullable(idField), null),
});

/** The category's own fields (not versioned: they apply at once). */
export const categoryFields = {
  name: text('事项名称', 2, 20),
  summary: text('事项说明', 2, 100),
  skill: text('业务技能', 2, 20),
  order: wholeNumber('排序', 1, 999, ''),
  isOnSite: v.boolean('请选择是否上门服务'),
  isActive: v.boolean('请选择是否启用'),
  materials: categoryMaterialsField,
  deskTeamId: idField,
};

/** A new version of the rules: its local effective date (checked against today by the handler), targets, routing. */
export const ruleVersionFields = {
  categoryId: idField,
  effectiveFrom: localDateField,
  targets: targetsField,
  routing: routingField,
};
