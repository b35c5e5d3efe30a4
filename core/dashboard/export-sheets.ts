import type { DashboardAnswer } from './dashboard-actions';
import type { CreditRow } from './credit-tables';
import { LEDGER_LINE_LABELS, type LedgerAnswer } from './ledger-figures';
import type { ProjectFigures } from './project-figures';
import { PROJECT_COLOUR_LABELS, PROJECT_STAGE_LABELS, PROJECT_STATUS_LABELS, type ProjectStatus } from '@core/projects';

export type CellKind = 'text' | 'number' | 'percent' | 'hours' | 'time';
export type Cell = string | number | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
}

/** One table of a workbook: its title, columns and rows, the numbers exactly as the JSON answer has them. */
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

const col = (header: string, kind: CellKind = 'number'): SheetColumn => ({ header, kind });

const summarySheet = (a: DashboardAnswer): Sheet => {
  const t = a.tickets;
  const line = (label: string, value: number | null, kind: CellKind = 'number'): [SheetColumn, Cell] => [
    col(label, kind),
    value,
  ];
  const lines: [SheetColumn, Cell][] = [
    line('新建工单', t.totals.created),
    line('首次解决', t.totals.resolved),
    line('期末未办结', t.totals.openAtEnd),
    line('首次响应时长中位数（工作小时）', t.firstResponse.medianHours, 'hours'),
    line('首次响应时长P90（工作小时）', t.firstResponse.p90Hours, 'hours'),
    line('首次解决时长中位数（工作小时）', t.firstResolution.medianHours, 'hours'),
    line('首次解决时长P90（工作小时）', t.firstResolution.p90Hours, 'hours'),
    line('确认办结时长中位数（工作小时）', t.fullResolution.medianHours, 'hours'),
    line('确认办结时长P90（工作小时）', t.fullResolution.p90Hours, 'hours'),
    line('响应按时', t.onTime.response.met),
    line('响应超时', t.onTime.response.breached),
    line('响应按时率', t.onTime.response.rate, 'percent'),
    line('办结按时', t.onTime.resolution.met),
    line('办结超时', t.onTime.resolution.breached),
    line('办结按时率', t.onTime.resolution.rate, 'percent'),
    line('评价数', t.satisfaction.ratings),
    line('差评数（1–2星）', t.satisfaction.bad),
    line('差评率', t.satisfaction.badRate, 'percent'),
    line('4–5星占比', t.satisfaction.goodShare, 'percent'),
    line('确认办结数', t.satisfaction.confirmed),
    line('评价率', t.satisfaction.ratingRate, 'percent'),
    line('领导督办', t.supervision.leader),
    line('办公室督办', t.supervision.office),
    line('整改新开', a.followUps.opened),
    line('整改按时完成', a.followUps.closedOnTime),
    line('整改逾期', a.followUps.overdue),
    line('当前超时工单', t.overdueCount),
  ];
  return {
    name: '概览',
    columns: [col('指标', 'text'), col('数值')],
    rows: lines.map(([c, v]) => [c.header, v]),
  };
};

const creditSheet = (name: string, rows: readonly CreditRow[]): Sheet => ({
  name,
  columns: [
    ...[
      col('名称', 'text'),
      col('受理'),
      col('首次解决'),
      col('响应按时'),
      col('响应超时'),
      col('响应按时率', 'percent'),
    ],
    ...[col('办结按时'), col('办结超时'), col('办结按时率', 'percent'), col('首次响应中位数（工作小时）', 'hours')],
    ...[col('评价数'), col('差评数'), col('督办次数')],
  ],
  rows: rows.map((r) => [
    ...[r.name, r.received, r.resolved, r.responseMet, r.responseBreached, r.responseRate, r.resolutionMet],
    ...[r.resolutionBreached, r.resolutionRate, r.medianResponseHours, r.ratings, r.badRatings, r.supervision],
  ]),
});

/** Every table of the dashboard, in the order the page shows them. */
export const dashboardSheets = (a: DashboardAnswer): Sheet[] => [
  summarySheet(a),
  {
    name: '分类工单量',
    columns: [col('服务事项', 'text'), col('新建'), col('首次解决'), col('期末未办结')],
    rows: a.tickets.volumes.map((v) => [v.categoryName, v.created, v.resolved, v.openAtEnd]),
  },
  {
    name: '超时清单',
    columns: [
      ...[col('工单编号', 'text'), col('服务事项', 'text'), col('承办人', 'text'), col('团队', 'text')],
      ...[col('负责领导', 'text'), col('超时（工作小时）', 'hours'), col('督办次数')],
    ],
    rows: a.tickets.overdue.map((o) => [
      ...[o.ticketId, o.categoryName, o.ownerName, o.teamName, o.leaderName, o.overdueHours, o.supervisionCount],
    ]),
  },
  creditSheet('人员', a.people),
  creditSheet('团队', a.teams),
  {
    name: '园区考察',
    columns: [
      ...[col('园区', 'text'), col('预约'), col('已确认'), col('已完成'), col('已取消'), col('未能接待')],
      ...[col('未到访'), col('已完成且转线索'), col('考察转线索率', 'percent')],
    ],
    rows: a.visits.map((v) => [
      ...[v.parkName, v.booked, v.confirmed, v.completed, v.cancelled, v.declined, v.noShow],
      ...[v.completedWithLead, v.leadRate],
    ]),
  },
  {
    name: '趋势',
    columns: [col('日期', 'text'), col('新建'), col('首次解决'), col('日末未办结')],
    rows: a.trend.map((p) => [p.date, p.created, p.resolved, p.open]),
  },
  projectSheet(a.projects),
  stalledSheet(a.projects),
];

/** 停滞项目 (签约未开工): one row per stalled project, red first. */
const stalledSheet = (f: ProjectFigures): Sheet => ({
  name: '停滞项目',
  columns: [
    ...[col('项目', 'text'), col('领导', 'text'), col('团队', 'text'), col('计划开工', 'text')],
    ...[col('超期月数'), col('颜色', 'text'), col('说明', 'text')],
  ],
  rows: f.stalled.projects.map((p): Cell[] => [
    ...[p.name, p.leaderName, p.teamName, p.plannedStartOn, p.monthsLate, PROJECT_COLOUR_LABELS[p.colour], p.text],
  ]),
});

/** 项目: by status now, stage-to-stage conversion, and median days between the stages. */
const projectSheet = (f: ProjectFigures): Sheet => ({
  name: '项目',
  columns: [col('指标', 'text'), col('项目数'), col('比率', 'percent'), col('中位天数')],
  rows: [
    ...(Object.keys(PROJECT_STATUS_LABELS) as ProjectStatus[]).map((s): Cell[] => [
      PROJECT_STATUS_LABELS[s],
      f.byStatus[s],
      null,
      null,
    ]),
    ...f.conversion.map((c): Cell[] => [
      `${PROJECT_STAGE_LABELS[c.from]}→${PROJECT_STAGE_LABELS[c.to]} 转化`,
      c.reachedTo,
      c.rate,
      null,
    ]),
    ...f.stageDays.map((d): Cell[] => [
      `${PROJECT_STAGE_LABELS[d.from]}→${PROJECT_STAGE_LABELS[d.to]} 用时`,
      d.count,
      null,
      d.medianDays,
    ]),
    ['停滞项目（黄灯）', f.stalled.yellow, null, null],
    ['停滞项目（红灯）', f.stalled.red, null, null],
    ...(f.rejections
      ? ([
          ['筛查不予引进', f.rejections.count, null, null],
          ['其中未填计划投资', f.rejections.withoutInvestment, null, null],
          ['不予引进计划投资（万元）', f.rejections.investmentWan, null, null],
        ] satisfies Cell[][])
      : []),
  ],
});

/** The ledger: per person and team, then every line. */
export const ledgerSheets = (a: LedgerAnswer): Sheet[] => [
  {
    name: '考核汇总',
    columns: [
      ...[col('类别', 'text'), col('名称', 'text'), col('超时'), col('督办'), col('差评'), col('按时办结')],
      ...[col('整改'), col('按时整改'), col('逾期整改'), col('评议得分')],
    ],
    rows: a.subjects.map((s) => [
      ...[s.subject === 'person' ? '个人' : '团队', s.name, s.breaches, s.supervision, s.badRatings, s.onTimeCloses],
      ...[s.followUpsOpened, s.followUpsClosedOnTime, s.followUpsOverdue, s.evaluationScore],
    ]),
  },
  {
    name: '考核记录',
    columns: [
      ...[col('时间', 'time'), col('类型', 'text'), col('类别', 'text'), col('名称', 'text')],
      ...[col('工单/评议编号', 'text'), col('说明', 'text')],
    ],
    rows: a.lines.map((l) => [
      ...[l.at, LEDGER_LINE_LABELS[l.kind], l.subject === 'person' ? '个人' : '团队', l.subjectName],
      ...[l.ticketId ?? l.roundId, l.note],
    ]),
  },
];

export const rowCountOf = (sheets: readonly Sheet[]): number => sheets.reduce((n, s) => n + s.rows.length, 0);
