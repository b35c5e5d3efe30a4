import type { DashboardDay, RollupMark } from './dashboard-day';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    dashboard_days: DashboardDay;
  }
  interface SettingsDocs {
    rollup: RollupMark;
  }
}
