import { Picker, Text, View } from '@tarojs/components';
import {
  PERIOD_PRESET_LABELS,
  PERIOD_PRESETS,
  SCOPE_KIND_LABELS,
  SCOPE_KINDS,
  type ScopeKind,
} from '@core/dashboard/filter-kinds';
import type { DashboardFilterState } from '@/stores/dashboard-store';

export interface ScopeChoice {
  id: string;
  name: string;
}

interface Props {
  filters: DashboardFilterState;
  /** What each narrowed scope can be set to (the parks, teams and people the caller may see). */
  choices: Record<Exclude<ScopeKind, 'all'>, readonly ScopeChoice[]>;
  onChange(next: DashboardFilterState): void;
}

/** 本周 / 本月 / 本季度 / 自定义, and 全部 / 园区 / 团队 / 个人 with the one to show. */
export function FilterBar({ filters, choices, onChange }: Props) {
  const options = filters.scope === 'all' ? [] : choices[filters.scope];
  const chosen = options.find((c) => c.id === filters.scopeId);
  return (
    <View className="filters">
      <View className="filters__row" {...{ role: 'radiogroup', 'aria-label': '时间范围' }}>
        {PERIOD_PRESETS.map((p) => (
          <Text
            key={p}
            data-preset={p}
            className={`filters__chip ${filters.preset === p ? 'filters__chip--on' : ''}`}
            {...{ role: 'radio', 'aria-checked': filters.preset === p }}
            onClick={() => onChange({ ...filters, preset: p })}
          >
            {PERIOD_PRESET_LABELS[p]}
          </Text>
        ))}
      </View>
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
      <View className="filters__row" {...{ role: 'radiogroup', 'aria-label': '统计范围' }}>
        {SCOPE_KINDS.map((s) => (
          <Text
            key={s}
            data-scope={s}
            className={`filters__chip ${filters.scope === s ? 'filters__chip--on' : ''}`}
            {...{ role: 'radio', 'aria-checked': filters.scope === s }}
            onClick={() => {
              const first = s === 'all' ? undefined : choices[s][0]?.id;
              onChange({ ...filters, scope: s, scopeId: first });
            }}
          >
            {SCOPE_KIND_LABELS[s]}
          </Text>
        ))}
      </View>
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
