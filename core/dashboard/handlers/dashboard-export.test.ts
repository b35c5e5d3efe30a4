import ExcelJS from 'exceljs';
import { dataOf, errorOf, sendAs, setNow } from '@tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { validTicket } from '@tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { escalateDueTickets } from '@core/sla';

let stack: TestStack;
let send: ReturnType<typeof sendAs>;
let files: Uint8Array[];
beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  files = [];
  stack.deps.exportFiles = {
    save: async (_name, bytes) => {
      files.push(bytes);
      return { url: '/x', expiresAt: 0 };
    },
  };
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
});
afterEach(() => stack.close());

const readBook = async (bytes: Uint8Array) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
};
/** The table under the four header rows and the column headings, as plain values. */
const tableOf = (book: ExcelJS.Workbook, name: string) => {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const width = ws.getRow(5).cellCount;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 5) rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return { ws, rows };
};

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
    const rows = ['概览', '分类工单量', '超时清单', '人员', '团队', '园区考察', '趋势', '项目']
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
