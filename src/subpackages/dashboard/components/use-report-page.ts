import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ActionInput } from '@core/app/contract';
import { exportWorkbook } from '@/services/open-export';
import { filterInput, type DashboardFilterState } from '@/stores/dashboard-store';

interface ReloadableStore {
  getState(): { reload(): Promise<void> };
}

/**
 * What both report pages (服务驾驶舱, 考核台账) do around their figures: load on open, reload on pull-down,
 * and export the same filters to Excel with a busy flag and an inline error.
 */
export const useReportPage = (
  store: ReloadableStore,
  report: ActionInput<'tickets.export'>['report'],
  filters: DashboardFilterState,
) => {
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
    setExportError(await exportWorkbook({ report, ...filterInput(filters) }));
    setExporting(false);
  };
  return { exportError, isExporting, runExport };
};
