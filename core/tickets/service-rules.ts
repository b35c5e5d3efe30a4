import * as v from 'valibot';
import { parseInput } from '@core/kernel/validation/parse-input';
import type { RoutingRules, ServiceCategory, ServiceRuleVersion, ServiceTargets } from './service-category';
import { categoryFields, routingField, targetsField } from './service-category-fields';

/** The chain of C4: project team → park team → category desk → duty desk. */
export const DEFAULT_ROUTING: RoutingRules = {
  steps: ['project', 'park_reception', 'category_desk', 'duty_desk'],
  fallbackTeamId: null,
};

/** What applies where a category has no valid rules: the app's defaults, marked as the zone's to set. */
export const DEFAULT_TARGETS: ServiceTargets = {
  responseWorkingHours: 4,
  resolutionWorkingDays: 5,
  isDefaultPendingZone: true,
};

/** Version 1 of a category that predates versions (seed, migration): in force from the start of time. */
export const firstRuleVersion = (
  targets: ServiceTargets,
  routing: RoutingRules = DEFAULT_ROUTING,
): ServiceRuleVersion => ({
  number: 1,
  effectiveFrom: '1970-01-01',
  effectiveAt: 0,
  targets,
  routing,
  createdAt: 0,
  createdByUserId: null,
});

/** The rules a ticket was filed under: its recorded version, or (not yet stamped) the one in force at filing. */
export const rulesOfTicket = (
  category: Pick<ServiceCategory, 'rules'>,
  ticket: { rulesVersion?: number | null; createdAt: number },
): ServiceRuleVersion =>
  category.rules.find((r) => r.number === ticket.rulesVersion) ??
  ruleInForceAt(category.rules, ticket.createdAt) ??
  firstRuleVersion(DEFAULT_TARGETS);

export type RuleVersionState = 'current' | 'scheduled' | 'past';

export const RULE_VERSION_STATE_LABELS: Record<RuleVersionState, string> = {
  current: '现行',
  scheduled: '待生效',
  past: '已失效',
};

/** The version in force at an instant: the latest whose effective instant has come. */
export const ruleInForceAt = (rules: readonly ServiceRuleVersion[], at: number): ServiceRuleVersion | null =>
  rules.reduce<ServiceRuleVersion | null>(
    (best, r) => (r.effectiveAt <= at && (!best || r.effectiveAt > best.effectiveAt) ? r : best),
    null,
  );

export const ruleVersionState = (
  rules: readonly ServiceRuleVersion[],
  r: ServiceRuleVersion,
  now: number,
): RuleVersionState => {
  if (r.effectiveAt > now) return 'scheduled';
  return ruleInForceAt(rules, now)?.number === r.number ? 'current' : 'past';
};

const storedRule = v.object({
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  effectiveFrom: v.string(),
  effectiveAt: v.number(),
  targets: v.object({
    responseWorkingHours: v.number(),
    resolutionWorkingDays: v.number(),
    isDefaultPendingZone: v.boolean(),
  }),
  routing: routingField,
  createdAt: v.number(),
  createdByUserId: v.nullable(v.string()),
});

/** The targets alone re-checked with the office's bounds (a hand edit of 1e9 working days is not obeyed). */
const rulesField = v.pipe(
  v.array(storedRule, '规则版本应为列表'),
  v.minLength(1, '缺少规则版本'),
  v.check(
    (rules) =>
      rules.every(({ targets: { isDefaultPendingZone: _marker, ...targets } }) => parseInput(targetsField, targets).ok),
    '时限超出范围',
  ),
);

const storedCategory = v.object({ id: v.string(), version: v.number(), ...categoryFields, rules: rulesField });

/** A stored category that failed its schema: shown to the office; the server runs on defaults meanwhile. */
export interface CategoryProblem {
  categoryId: string;
  field: string;
  message: string;
}

export interface CheckedCategory {
  category: ServiceCategory;
  problem: CategoryProblem | null;
}

/**
 * A category as stored, checked against the schemas the office's forms save with. A failing part
 * is not obeyed: bad rules give way to the defaults, a bad material list to the lines that pass,
 * a missing switch to "active".
 */
export const checkCategory = (doc: ServiceCategory): CheckedCategory => {
  const parsed = parseInput(storedCategory, doc);
  if (parsed.ok) return { category: doc, problem: null };
  const first = parsed.problems[0] ?? { field: 'input', message: '格式不正确' };
  const rules = parseInput(rulesField, doc.rules);
  const materials = Array.isArray(doc.materials) ? doc.materials : [];
  return {
    category: {
      ...doc,
      isActive: typeof doc.isActive === 'boolean' ? doc.isActive : true,
      materials: materials.filter((m) => parseInput(categoryFields.materials, [m]).ok),
      rules: rules.ok ? doc.rules : [firstRuleVersion(DEFAULT_TARGETS)],
    },
    problem: { categoryId: doc.id, ...first },
  };
};

export const categoryProblemText = (name: string, p: CategoryProblem): string =>
  `服务事项“${name}”的设置有误（${p.field}：${p.message}），已按默认值运行，请在管理后台修正`;
