/**
 * The dashboard's filter vocabularies, alone in a file without imports: the contract (bundled into the
 * mini-program's main package) needs them, the metric code stays out of it.
 */
export const PERIOD_PRESETS = ['week', 'month', 'quarter', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const PERIOD_PRESET_LABELS: Record<PeriodPreset, string> = {
  week: '本周',
  month: '本月',
  quarter: '本季度',
  custom: '自定义',
};

export const SCOPE_KINDS = ['all', 'park', 'team', 'person'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
export const SCOPE_KIND_LABELS: Record<ScopeKind, string> = { all: '全部', park: '园区', team: '团队', person: '个人' };
