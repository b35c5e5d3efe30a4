import { Picker, Text, View } from '@tarojs/components';
import {
  PERIOD_PRESET_LABELS,
  PERIOD_PRESETS,
  SCOPE_KIND_LABELS,
  SCOPE_KINDS,
  type PeriodPreset,
  type ScopeKind,
} from '@core/dashboard/filter-kinds';
import type { DashboardFilterState } from '@/stores/dashboard-store';

export interface ScopeChoice {
  id: string;
  name: string;
}

/** What each narrowed scope can be set to (the parks, teams and people the caller may see). */
export type ScopeChoices = Record<Exclude<ScopeKind, 'all'>, readonly ScopeChoice[]>;

interface Props {
  filters: DashboardFilterState;
  choices: ScopeChoices;
  onChange(next: DashboardFilterState): void;
}

interface ChipGroup<K extends string> {
  /** Each chip is marked `data-<name>`. */
  name: string;
  label: string;
  keys: readonly K[];
  labels: Record<K, string>;
}
const PRESET_GROUP: ChipGroup<PeriodPreset> = {
  name: 'preset',
  label: '时间范围',
  keys: PERIOD_PRESETS,
  labels: PERIOD_PRESET_LABELS,
};
const SCOPE_GROUP: ChipGroup<ScopeKind> = {
  name: 'scope',
  label: '统计范围',
  keys: SCOPE_KINDS,
  labels: SCOPE_KIND_LABELS,
};

/** One choice out of a few, as a labelled group of radio chips. */
function ChipRadios<K extends string>({
  group,
  current,
  onPick,
}: {
  group: ChipGroup<K>;
  current: K;
  onPick: (key: K) => void;
}) {
  return (
    <View className="filters__row" {...{ role: 'radiogroup', 'aria-label': group.label }}>
      {group.keys.map((k) => (
        <Text
          key={k}
          {...{ [`data-${group.name}`]: k }}
          className={`filters__chip ${current === k ? 'filters__chip--on' : ''}`}
          {...{ role: 'radio', 'aria-checked': current === k }}
          onClick={() => onPick(k)}
        >
          {group.labels[k]}
        </Text>
      ))}
    </View>
  );
}

/** 本周 / 本月 / 本季度 / 自定义, and 全部 / 园区 / 团队 / 个人 with the one to show. */
export function FilterBar({ filters, choices, onChange }: Props) {
  const options = filters.scope === 'all' ? [] : choices[filters.scope];
  const chosen = options.find((c) => c.id === filters.scopeId);
  return (
    <View className="filters">
      <ChipRadios group={PRESET_GROUP} current={filters.preset} onPick={(preset) => onChange({ ...filters, preset })} />
      {filters.preset === 'custom' && (
        <View className="filters__row">
          <Picker
            mode="date"
            value={filters.fromDate ?? ''}
            onChange={(e) => onChange({ ...filters, fromDate: e.detail.value })}
          >
            <Text className="filters__date">开始：{filters.fromDate ?? '请选择'}</Text>
          </Picker>
          <Picker
            mode="date"
            value={filters.toDate ?? ''}
            onChange={(e) => onChange({ ...filters, toDate: e.detail.value })}
          >
            <Text className="filters__date">结束（含）：{filters.toDate ?? '请选择'}</Text>
          </Picker>
        </View>
      )}
      <ChipRadios
        group={SCOPE_GROUP}
        current={filters.scope}
        onPick={(scope) =>
          onChange({ ...filters, scope, scopeId: scope === 'all' ? undefined : choices[scope][0]?.id })
        }
      />
      {filters.scope !== 'all' && (
        <Picker
          mode="selector"
          range={options.map((c) => c.name)}
          value={Math.max(
            0,
            options.findIndex((c) => c.id === filters.scopeId),
          )}
          onChange={(e) => onChange({ ...filters, scopeId: options[Number(e.detail.value)]?.id })}
        >
          <Text className="filters__date">
            {SCOPE_KIND_LABELS[filters.scope]}：{chosen?.name ?? (options.length ? '请选择' : '本期没有可选对象')}
          </Text>
        </Picker>
      )}
    </View>
  );
}
