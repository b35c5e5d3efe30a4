import type { DashboardHandler } from '../dashboard-actions';
import { loadDashboard, loadLedger } from '../load-dashboard';
import { dashboardSheets, ledgerSheets, rowCountOf } from '../export-sheets';
import { workbookBytes } from '../export-workbook';
import { localDateOf } from '@core/kernel/calendar/local-date';
import { AppError, invalidInput } from '@core/kernel/errors';
import { noteAudit } from '@core/kernel/deps';

/** Larger exports would outlive the cloud function's 60 s: refused with a way out. */
export const MAX_EXPORT_ROWS = 10_000;

export const dashboard: DashboardHandler<'tickets.dashboard'> = (input, { caller, deps }) =>
  loadDashboard(input, caller, deps);

export const ledgerPage: DashboardHandler<'tickets.ledgerPage'> = (input, { caller, deps }) =>
  loadLedger(input, caller, deps);

export const exportReport: DashboardHandler<'tickets.export'> = async ({ report, ...filters }, ctx) => {
  const { caller, deps } = ctx;
  const files = deps.exportFiles;
  if (!files) throw new AppError('UNAVAILABLE', '导出暂不可用');
  const built =
    report === 'dashboard'
      ? await loadDashboard(filters, caller, deps).then((a) => ({ answer: a, sheets: dashboardSheets(a) }))
      : await loadLedger(filters, caller, deps, MAX_EXPORT_ROWS + 1).then((a) => ({
          answer: a,
          sheets: ledgerSheets(a),
        }));
  const { answer, sheets } = built;
  const rowCount = rowCountOf(sheets);
  if (rowCount > MAX_EXPORT_ROWS) {
    throw invalidInput('toDate', `导出内容超过${MAX_EXPORT_ROWS}行，请缩短时间范围或选择具体团队、人员后再导出`);
  }
  const name = report === 'dashboard' ? '服务驾驶舱' : '考核台账';
  const { filterText, generatedAt } = answer;
  const bytes = await workbookBytes({ title: `零距离 · ${name}`, filterText, generatedAt }, sheets);
  const fileName = `${name}-${answer.fromDate}-${localDateOf(answer.generatedAt)}.xlsx`;
  const saved = await files.save(fileName, bytes);
  // The dispatcher writes the audit record (tickets.export is audited), with the actor and result.
  noteAudit(ctx, { target: `导出${name}：${answer.filterText}`, after: { report, rowCount, fileName } });
  return { fileName, url: saved.url, expiresAt: saved.expiresAt, rowCount };
};
