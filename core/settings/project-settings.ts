import * as v from 'valibot';

/**
 * settings/projects: the stall rule (签约未开工, DOMAIN.md C6 after 银川's published thresholds) — a
 * signed project not started `yellowAfterMonths` calendar months after its planned start is yellow,
 * `redAfterMonths` red.
 */
export interface StallRule {
  yellowAfterMonths: number;
  redAfterMonths: number;
}

export interface ProjectSettings {
  id: 'projects';
  version: number;
  stall: StallRule;
}

export const DEFAULT_STALL_RULE: StallRule = { yellowAfterMonths: 1, redAfterMonths: 3 };
export const STALL_RULE_BOUNDS = {
  yellowAfterMonths: { min: 1, max: 6 },
  redAfterMonths: { min: 2, max: 12 },
} as const;

const months = (field: keyof typeof STALL_RULE_BOUNDS, label: string) => {
  const { min, max } = STALL_RULE_BOUNDS[field];
  return v.pipe(
    v.number(`${label}应为数字`),
    v.integer(`${label}应为整数个月`),
    v.minValue(min, `${label}不少于${min}个月`),
    v.maxValue(max, `${label}不超过${max}个月`),
  );
};

/** The stall rule as settings/projects stores it (and the admin form saves it); red comes after yellow. */
export const stallRuleField = v.pipe(
  v.strictObject({
    yellowAfterMonths: months('yellowAfterMonths', '黄灯时限'),
    redAfterMonths: months('redAfterMonths', '红灯时限'),
  }),
  v.forward(
    v.partialCheck(
      [['yellowAfterMonths'], ['redAfterMonths']],
      (r) => r.redAfterMonths > r.yellowAfterMonths,
      '红灯时限应晚于黄灯时限',
    ),
    ['redAfterMonths'],
  ),
);
