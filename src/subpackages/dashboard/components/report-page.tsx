import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ActionInput } from '@core/app/contract';
import { StateView } from '@/components/state-view';
import { exportWorkbook } from '@/services/open-export';
import { NO_CHOICES, filterInput, type FilteredStore } from '@/stores/dashboard-store';
import { FilterBar, type ScopeChoices } from './filter-bar';

interface Props<D> {
  store: FilteredStore<D>;
  report: ActionInput<'tickets.export'>['report'];
  /** Who the page is for, above the filters. */
  note: string;
  /** The line under the filters once figures are in. */
  metaOf: (data: D) => string;
  /** More buttons after 导出 Excel. */
  actions?: ReactNode;
  /** What follows the buttons. */
  footer?: ReactNode;
  children: (data: D) => ReactNode;
}

/**
 * What both report pages (服务驾驶舱, 考核台账) draw around their figures: the filters, load on open,
 * reload on pull-down, and 导出 Excel of the same filters with a busy flag and an inline error.
 */
export function ReportPage<D extends { choices: ScopeChoices }>(props: Props<D>) {
  const { store } = props;
  const state = useStore(store);
  const [exportError, setExportError] = useState<string | null>(null);
  const [isExporting, setExporting] = useState(false);
  useEffect(() => void store.getState().reload(), [store]);
  usePullDownRefresh(
    () =>
      void store
        .getState()
        .reload()
        .finally(() => Taro.stopPullDownRefresh()),
  );
  const runExport = async () => {
    setExporting(true);
    setExportError(await exportWorkbook({ report: props.report, ...filterInput(state.filters) }));
    setExporting(false);
  };
  return (
    <View className="page dash">
      <Text className="muted dash__note">{props.note}</Text>
      <FilterBar
        filters={state.filters}
        choices={state.data?.choices ?? NO_CHOICES}
        onChange={(f) => void store.getState().apply(f)}
      />
      {state.data && <Text className="dash__meta">{props.metaOf(state.data)}</Text>}
      <StateView
        status={state.status}
        error={state.error}
        isEmpty={!state.data}
        emptyText="请选择时间范围"
        onRetry={() => void store.getState().reload()}
      >
        {state.data && props.children(state.data)}
      </StateView>
      <View className="dash__actions">
        <Button className="dash__button" disabled={isExporting || undefined} onClick={() => void runExport()}>
          {isExporting ? '正在导出…' : '导出 Excel'}
        </Button>
        {props.actions}
      </View>
      {exportError && (
        <Text className="dash__error" {...{ role: 'alert' }}>
          {exportError}
        </Text>
      )}
      {props.footer}
    </View>
  );
}
