import { dataOf, errorOf, sendAs, setNow } from '@tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { captureExports, readBook, tableOf } from '@tests/support/export-capture';
import { validTicket } from '@tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { escalateDueTickets } from '@core/sla';
import type { Project, ProjectPlan, Screening } from '@core/projects';
import type { Visit, VisitStatus } from '@core/visits';
import { SIGNED_PROJECT_ID } from '@tests/support/project-fixture';

let stack: TestStack;
let send: ReturnType<typeof sendAs>;
let files: Uint8Array[];
beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  files = captureExports(stack);
  // Three requests in November: one answered in time and resolved, one accepted, one left to breach.
  setNow(stack, utcMsAt('2026-11-23', 9, 0));
  const a = dataOf(await send('enterprise', 'tickets.create', validTicket({ contactPhone: '13912345678' }))).id;
  const b = dataOf(await send('enterprise', 'tickets.create', validTicket())).id;
  dataOf(await send('enterprise', 'tickets.create', validTicket()));
  setNow(stack, utcMsAt('2026-11-23', 10, 0));
  dataOf(await send('staff', 'tickets.accept', { ticketId: a }));
  dataOf(await send('staff', 'tickets.accept', { ticketId: b }));
  dataOf(await send('staff', 'tickets.resolve', { ticketId: a, summary: '已办理完成' }));
  setNow(stack, utcMsAt('2026-11-27', 10, 0));
  await escalateDueTickets(stack.deps);
  await seedStallsAndRejections();
});

const plan = (projectId: string, plannedStartOn: string): ProjectPlan => ({
  ...{ id: projectId, version: 1, projectId, templateId: 't', templateName: '模板', target: '2027-06-30' },
  ...{ baselineTarget: '2027-06-30', nodes: [], replans: 0, plannedStartOn, openFinishOn: null },
  ...{ unstartedStartOn: null, createdAt: 0, updatedAt: 0 },
});
const rejected = (id: string, investmentWan: number | null, decidedAt: number): Screening => ({
  ...{ id, version: 1, leadId: null, projectId: null, subjectName: `企业${id}`, investmentWan, items: [] },
  ...{ conditions: [], note: null, outcome: 'rejected', reviewerUserId: 'u-demo-staff', reviewerName: '张专员' },
  ...{ submittedAt: decidedAt, meeting: null, decidedAt, createdAt: decidedAt, updatedAt: decidedAt },
});
/**
 * The seeded 签约 project planned to start 2 months before the period's as-of date (27 Nov), a copy
 * of it 4 months before; two 不予引进 in November (one without a figure) and one in October.
 */
const seedStallsAndRejections = async () => {
  const signed = (await stack.store.get('projects', SIGNED_PROJECT_ID)) as Project;
  await stack.store.insert('projects', { ...signed, id: 'stalled-copy', name: '停滞演示项目' });
  await stack.store.insert('project_plans', plan(SIGNED_PROJECT_ID, '2026-09-27'));
  await stack.store.insert('project_plans', plan('stalled-copy', '2026-07-27'));
  await stack.store.insert('screenings', rejected('rj-1', 3000, utcMsAt('2026-11-05', 10, 0)));
  await stack.store.insert('screenings', rejected('rj-2', null, utcMsAt('2026-11-20', 10, 0)));
  await stack.store.insert('screenings', rejected('rj-0', 900, utcMsAt('2026-10-20', 10, 0)));
};
afterEach(() => stack.close());

describe('the Excel export equals the dashboard’s JSON for the same filters', () => {
  it('every dashboard table, with the filters and the time in the header rows', async () => {
    const filters = { preset: 'month', scope: 'all' } as const;
    const json = dataOf(await send('admin', 'tickets.dashboard', filters));
    const answer = dataOf(await send('admin', 'tickets.export', { report: 'dashboard', ...filters }));
    const book = await readBook(files[0] as Uint8Array);

    const summary = tableOf(book, '概览');
    expect(summary.ws.getCell('A2').value).toBe(`筛选条件：${json.filterText}`);
    expect(summary.ws.getCell('A3').value).toBe('生成时间：2026年11月27日 10:00（北京时间）');
    const value = (label: string) => summary.rows.find((r) => r[0] === label)?.[1];
    expect(value('新建工单')).toBe(json.tickets.totals.created);
    expect(value('响应按时率')).toBe(json.tickets.onTime.response.rate);
    expect(value('办结超时')).toBe(json.tickets.onTime.resolution.breached);
    expect(value('首次响应时长中位数（工作小时）')).toBe(json.tickets.firstResponse.medianHours);
    expect(value('差评率')).toBe(json.tickets.satisfaction.badRate);
    expect(value('领导督办')).toBe(json.tickets.supervision.leader);
    expect(json.tickets.totals.created).toBe(3);
    expect(json.tickets.overdueCount).toBeGreaterThan(0);

    expect(tableOf(book, '超时清单').rows).toEqual(
      json.tickets.overdue.map((o) => [
        ...[o.ticketId, o.categoryName, o.ownerName, o.teamName, o.leaderName, o.overdueHours, o.supervisionCount],
      ]),
    );
    expect(tableOf(book, '人员').rows).toEqual(
      json.people.map((r) => [
        ...[r.name, r.received, r.resolved, r.responseMet, r.responseBreached, r.responseRate, r.resolutionMet],
        ...[r.resolutionBreached, r.resolutionRate, r.medianResponseHours, r.ratings, r.badRatings, r.supervision],
      ]),
    );
    expect(tableOf(book, '分类工单量').rows).toEqual(
      json.tickets.volumes.map((v) => [v.categoryName, v.created, v.resolved, v.openAtEnd]),
    );
    expect(tableOf(book, '趋势').rows).toEqual(json.trend.map((p) => [p.date, p.created, p.resolved, p.open]));
    const projects = tableOf(book, '项目').rows;
    expect(projects.find((r) => r[0] === '洽谈')?.[1]).toBe(json.projects.byStatus.negotiating);
    expect(projects.find((r) => r[0] === '签约→开工 转化')?.slice(1, 3)).toEqual([
      json.projects.conversion[1]?.reachedTo,
      json.projects.conversion[1]?.rate,
    ]);
    expect(projects.find((r) => r[0] === '签约→开工 用时')?.[3]).toBe(json.projects.stageDays[0]?.medianDays ?? null);
    expect(json.projects.total).toBeGreaterThan(0);
    // Independently: 27 Sep → 27 Nov is 2 months (yellow from 1, red from 3); 27 Jul → 27 Nov is 4.
    expect(json.projects.stalled.projects.map((p) => [p.projectId, p.monthsLate, p.colour])).toEqual([
      ['stalled-copy', 4, 'red'],
      [SIGNED_PROJECT_ID, 2, 'yellow'],
    ]);
    expect([json.projects.stalled.yellow, json.projects.stalled.red]).toEqual([1, 1]);
    expect(json.projects.rejections).toEqual({ count: 2, investmentWan: 3000, withoutInvestment: 1 });
    const row = (label: string) => projects.find((r) => r[0] === label)?.[1];
    expect([row('停滞项目（黄灯）'), row('停滞项目（红灯）')]).toEqual([1, 1]);
    expect([row('筛查不予引进'), row('其中未填计划投资'), row('不予引进计划投资（万元）')]).toEqual([2, 1, 3000]);
    expect(tableOf(book, '停滞项目').rows).toEqual(
      json.projects.stalled.projects.map((p) => [
        ...[p.name, p.leaderName, p.teamName, p.plannedStartOn, p.monthsLate, p.colour === 'red' ? '红灯' : '黄灯'],
        p.text,
      ]),
    );
    const rows = ['概览', '分类工单量', '超时清单', '人员', '团队', '园区考察', '趋势', '项目', '停滞项目']
      .map((n) => tableOf(book, n).rows.length)
      .reduce((a, b) => a + b, 0);
    expect(answer.rowCount).toBe(rows);
  });

  it('the ledger, and no mobile number in any cell', async () => {
    const json = dataOf(await send('admin', 'tickets.ledgerPage', {}));
    dataOf(await send('admin', 'tickets.export', { report: 'ledger' }));
    const book = await readBook(files[0] as Uint8Array);
    expect(tableOf(book, '考核汇总').rows.map((r) => r.slice(1, 4))).toEqual(
      json.subjects.map((s) => [s.name, s.breaches, s.supervision]),
    );
    expect(tableOf(book, '考核记录').rows.map((r) => r[4])).toEqual(json.lines.map((l) => l.ticketId));
    expect(json.lines.length).toBeGreaterThan(0);
    book.eachSheet((ws) => ws.eachRow((row) => expect(JSON.stringify(row.values)).not.toMatch(/1[3-9]\d{9}/)));
  });

  it('refuses more than 10 000 rows with a clear message', async () => {
    // One person line and one team line per breach: 5 001 breaches make 10 002 ledger lines.
    for (let i = 0; i < 5001; i += 1) {
      for (const subject of ['person', 'team'] as const) {
        await stack.store.insert('assessment_ledger', {
          ...{ id: `bulk-${subject}-${i}`, version: 1, kind: 'breach', subject, ticketId: 't' },
          ...{
            subjectId: subject === 'person' ? 'u-demo-staff' : 'svc-duty',
            subjectName: '某',
            at: utcMsAt('2026-11-26', 9),
            note: '',
          },
        });
      }
    }
    const error = errorOf(await send('admin', 'tickets.export', { report: 'ledger' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'toDate' });
    expect(error.message).toMatch(/超过10000行/);
    expect(files).toHaveLength(0);
  });
});

/** September 2026: before any seeded visit and the tickets above. The parks are the seeded ones. */
const PERIOD = { preset: 'custom', fromDate: '2026-09-01', toDate: '2026-09-30', scope: 'all' } as const;
const A = 'jingde-smart';
const B = 'new-materials';

const visit = (id: string, parkIds: string[], status: VisitStatus, date = '2026-09-15'): Visit => ({
  ...{ id, version: 1, ownerUserId: 'u-demo-investor', parkIds, parkNames: parkIds, date, halfDay: 'am' },
  ...{ startsAt: utcMsAt(date, 9, 0), status, company: `企业${id}`, contactName: '李四' },
  ...{ contactPhone: '13800000000', partySize: 2, industryIds: [], investmentBand: 'lt_50m', factoryNeeds: null },
  ...{ notes: '', host: null, hostUserId: null, teamIds: [], closingReason: null, remindedAt: null },
  ...{ createdAt: utcMsAt('2026-09-01', 9, 0), updatedAt: utcMsAt('2026-09-01', 9, 0) },
});

/** The visits of the period, and which of them staff turned into a lead (转为线索). */
const VISITS: { v: Visit; lead: boolean }[] = [
  { v: visit('v1', [A], 'completed'), lead: true },
  { v: visit('v2', [A], 'completed'), lead: false },
  { v: visit('v3', [A, B], 'completed'), lead: true },
  { v: visit('v4', [B], 'completed'), lead: false },
  { v: visit('v5', [B], 'completed'), lead: false },
  { v: visit('v6', [A], 'no_show'), lead: false },
  { v: visit('v7', [B], 'cancelled'), lead: false },
  // Outside the period: counts nowhere, though it has a lead.
  { v: visit('v8', [A], 'completed', '2026-10-12'), lead: true },
];

/** Per park, without the code under test: [completed with a lead, completed]. */
const expected = (parkId: string): [number, number] => {
  const done = VISITS.filter(
    ({ v }) => v.parkIds.includes(parkId) && v.status === 'completed' && v.date < '2026-10-01',
  );
  return [done.filter((d) => d.lead).length, done.length];
};

describe('visit → lead % on the dashboard and in its export', () => {
  it('per park: completed visits with a lead ÷ completed visits, the same in the workbook', async () => {
    for (const { v } of VISITS) await stack.store.insert('visits', v);
    for (const { v } of VISITS.filter((x) => x.lead))
      dataOf(await send('admin', 'projects.leadFromVisit', { visitId: v.id }));

    const json = dataOf(await send('admin', 'tickets.dashboard', PERIOD));
    const byPark = new Map(json.visits.map((v) => [v.parkId, v]));
    expect([...byPark.keys()].sort()).toEqual([A, B].sort());
    for (const parkId of [A, B]) {
      const [withLead, done] = expected(parkId);
      expect([byPark.get(parkId)?.completedWithLead, byPark.get(parkId)?.completed]).toEqual([withLead, done]);
      expect(byPark.get(parkId)?.leadRate).toBeCloseTo(withLead / done, 4);
    }
    // A: v1, v3 of v1–v3 → 2/3; B: v3 of v3–v5 → 1/3.
    expect(expected(A)).toEqual([2, 3]);
    expect(expected(B)).toEqual([1, 3]);

    dataOf(await send('admin', 'tickets.export', { report: 'dashboard', ...PERIOD }));
    const { rows } = tableOf(await readBook(files[0] as Uint8Array), '园区考察');
    expect(rows).toEqual(
      json.visits.map((v) => [
        ...[v.parkName, v.booked, v.confirmed, v.completed, v.cancelled, v.declined, v.noShow],
        ...[v.completedWithLead, v.leadRate],
      ]),
    );
  });
});
