import * as v from 'valibot';
import type { DashboardFigures } from './dashboard-figures';
import type { LedgerAnswer } from './ledger-figures';
import type { ScopeChoices } from './dashboard-request';
// Values from a file without imports: the client bundles this contract, not the metric code.
import { PERIOD_PRESETS, SCOPE_KINDS } from './filter-kinds';
import type { Role } from '@core/kernel/roles';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { idField } from '@core/kernel/paging';
import { localDateField } from '@core/kernel/validation/common-fields';

/** The filters of every dashboard answer: period (+08:00, `toDate` is the last day, inclusive) and scope. */
export const dashboardFilterFields = {
  preset: v.optional(v.picklist(PERIOD_PRESETS, '未知的时间范围'), 'month'),
  fromDate: v.optional(localDateField),
  toDate: v.optional(localDateField),
  scope: v.optional(v.picklist(SCOPE_KINDS, '未知的统计范围'), 'all'),
  scopeId: v.optional(idField),
};

export interface DashboardAnswer extends DashboardFigures {
  /** 本月 · 2026-12-01 至 2026-12-31 · 全部: the filters as people read them (the export's header says the same). */
  filterText: string;
  generatedAt: number;
  choices: ScopeChoices;
}

export const EXPORT_REPORTS = ['dashboard', 'ledger'] as const;
export type ExportReport = (typeof EXPORT_REPORTS)[number];

export interface ExportAnswer {
  fileName: string;
  /** A short-lived link to the private file (signed locally, a cloud temp link in WeChat). */
  url: string;
  expiresAt: number;
  rowCount: number;
}

/** Leaders (their own parks, teams and people) and the office; never the staff assessed. */
const OVERSIGHT: readonly Role[] = ['leader', 'admin'];

/** Under tickets.* so the tickets function serves them: no new cloud function. */
export const dashboardActions = {
  'tickets.dashboard': defineAction<DashboardAnswer>()({
    input: v.strictObject(dashboardFilterFields),
    audience: OVERSIGHT,
  }),
  /** 考核台账: per person and team over a period, each recorded line linking to its ticket. */
  'tickets.ledgerPage': defineAction<LedgerAnswer>()({
    input: v.strictObject(dashboardFilterFields),
    audience: OVERSIGHT,
  }),
  /** An Excel workbook of the dashboard's tables or of the ledger, for the same filters. */
  'tickets.export': defineAction<ExportAnswer>()({
    input: v.strictObject({ report: v.picklist(EXPORT_REPORTS, '请选择导出内容'), ...dashboardFilterFields }),
    audience: OVERSIGHT,
    isMutation: true,
    // Every export is in the audit log (C10), with its filters and row count.
    isAudited: true,
  }),
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type DashboardHandler<A extends keyof typeof dashboardActions> = HandlerOf<(typeof dashboardActions)[A]>;
