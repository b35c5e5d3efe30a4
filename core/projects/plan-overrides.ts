import * as v from 'valibot';
import { idField } from '@core/kernel/paging';
import { invalidInput } from '@core/kernel/errors';
import type { PlanNodeTemplate } from './plan-backwards';

/** What the plan editor may change of a template node before planning (projects.plan previews, commitPlan/replan save). */
export const planNodeOverrideField = v.strictObject({
  key: idField,
  durationWd: v.pipe(
    v.number('工期应为数字'),
    v.integer('工期应为整数个工作日'),
    v.minValue(1, '工期至少1个工作日'),
    v.maxValue(999, '工期不超过999个工作日'),
  ),
  predecessors: v.pipe(v.array(idField, '前置节点应为列表'), v.maxLength(60, '前置节点过多')),
  coveredByZoneAssessment: v.boolean('请选择是否区域评估已覆盖'),
});
export type PlanNodeOverride = v.InferOutput<typeof planNodeOverrideField>;

/** The editor's changes to the nodes, by key: the one `overrides` field of projects.plan, commitPlan and replan. */
export const planOverridesField = v.optional(
  v.pipe(v.array(planNodeOverrideField, '节点修改应为列表'), v.maxLength(60, '节点过多')),
  [],
);

/** The editor's durations, predecessors and 区域评估已覆盖 over the template's nodes; an unknown key is refused. */
export const withOverrides = (
  nodes: readonly PlanNodeTemplate[],
  overrides: readonly PlanNodeOverride[],
): PlanNodeTemplate[] => {
  const byKey = new Map(overrides.map((o) => [o.key, o]));
  for (const key of byKey.keys())
    if (!nodes.some((n) => n.key === key)) throw invalidInput('overrides', `模板中没有节点 ${key}`);
  return nodes.map((n) => {
    const o = byKey.get(n.key);
    return o
      ? {
          ...n,
          durationWd: o.durationWd,
          predecessors: o.predecessors,
          coveredByZoneAssessment: o.coveredByZoneAssessment,
        }
      : n;
  });
};
