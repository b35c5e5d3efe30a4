/**
 * The dashboard's filter vocabularies, alone in a file without imports: the contract (bundled into the
 * mini-program's main package) needs them, the metric code stays out of it.
 */
/** Each vocabulary is its labels; the kinds are their keys, in this order. */
export const PERIOD_PRESET_LABELS = { week: '本周', month: '本月', quarter: '本季度', custom: '自定义' } as const;
export type PeriodPreset = keyof typeof PERIOD_PRESET_LABELS;
export const PERIOD_PRESETS = Object.keys(PERIOD_PRESET_LABELS) as readonly PeriodPreset[];

export const SCOPE_KIND_LABELS = { all: '全部', park: '园区', team: '团队', person: '个人' } as const;
export type ScopeKind = keyof typeof SCOPE_KIND_LABELS;
export const SCOPE_KINDS = Object.keys(SCOPE_KIND_LABELS) as readonly ScopeKind[];
