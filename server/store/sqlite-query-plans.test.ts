import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { runTick, tickJobs } from '@core/app/scheduler/run-tick';
import { dataOf, sendAs, setNow } from '../../tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { validTicket } from '../../tests/support/ticket-fixture';
import { SqliteDocStore } from './sqlite-doc-store';

/**
 * The collections that grow with use. A read of one of them must find its rows through an index and
 * get them in order from it: no full scan, no sort of a person's whole set per page.
 */
const GROWING = [
  'tickets',
  'ticket_events',
  'visits',
  'visit_events',
  'visit_slots',
  'notifications',
  'supervision_items',
  'follow_ups',
  'assessment_ledger',
  'outbox',
  'requests',
  'users',
];

let stack: TestStack;
let statements: string[];
beforeEach(async () => {
  statements = [];
  stack = await openTestStack({ trace: (sql) => statements.push(sql) });
  const send = sendAs(stack);
  setNow(stack, utcMsAt('2026-11-26', 9, 0));
  dataOf(await send('enterprise', 'tickets.create', validTicket()));
  statements = [];
});
afterEach(() => stack.close());

/**
 * A team's open upcoming visits (接待考察): SQLite cannot index membership of the teamIds array, so it
 * takes the open visits by status and sorts them. That set is bounded by the 30-day booking window,
 * not by history; the cloud database indexes the array itself.
 */
const SORTED_BY_DESIGN = /json_each\(doc, '\$\.teamIds'\).* IN \('pending', 'confirmed', 'rescheduled'\)\) ORDER BY/;

const badSteps = (sql: string): string[] => {
  const table = /FROM "([a-z_]+)"/.exec(sql)?.[1] ?? '';
  if (!GROWING.includes(table) || SORTED_BY_DESIGN.test(sql)) return [];
  return stack.store
    .queryPlan(sql)
    .filter(
      (step) =>
        /TEMP B-TREE/.test(step) ||
        // Reading the newest rows straight off an index is fine when nothing filters them.
        (new RegExp(`^SCAN ${table}\\b`).test(step) && !(/ USING INDEX /.test(step) && / WHERE \(1\) /.test(sql))),
    )
    .map((step) => `${step}   ← ${sql}`);
};

describe('SQLite serves every list query from an index, in order', () => {
  it('the staff inbox (every tab), the owner lists, messages, 督办, 整改 and the ledger', async () => {
    const send = sendAs(stack);
    for (const tab of ['mine', 'team', 'resolved', 'led'] as const) {
      dataOf(await send('leader', 'tickets.inbox', { tab }));
      dataOf(await send('staff', 'tickets.inbox', { tab, limit: 1 }));
    }
    dataOf(await send('enterprise', 'tickets.mine', {}));
    dataOf(await send('investor', 'visits.mine', {}));
    dataOf(await send('staff', 'visits.staffList', {}));
    dataOf(await send('enterprise', 'messages.list', {}));
    dataOf(await send('enterprise', 'messages.unreadCount', {}));
    dataOf(await send('leader', 'tickets.supervision', {}));
    dataOf(await send('admin', 'tickets.supervision', { level: 'office' }));
    dataOf(await send('leader', 'tickets.followUps', { status: 'open' }));
    dataOf(await send('admin', 'tickets.followUps', { status: 'open' }));
    dataOf(await send('admin', 'tickets.ledger', {}));
    dataOf(await send('admin', 'tickets.ledger', { subjectId: 'u-demo-staff' }));
    const selects = statements.filter((sql) => sql.startsWith('SELECT'));
    expect(selects.length).toBeGreaterThan(30);
    expect(selects.flatMap(badSteps)).toEqual([]);
    // The inbox page itself: straight off the (openWithUserId, createdAt) index.
    const page = selects.find((sql) => /openWithUserId.*ORDER BY/.test(sql)) ?? '';
    expect(stack.store.queryPlan(page).join('\n')).toMatch(/USING INDEX tickets\(openWithUserId,createdAt,id\)/);
  });

  it('the scheduler tick’s scans for due work', async () => {
    setNow(stack, utcMsAt('2027-02-01', 9, 0));
    const report = await runTick(stack.deps, {
      deadline: Number.MAX_SAFE_INTEGER,
      jobs: tickJobs({ send: async () => ({ ok: true }) }),
    });
    expect(report.failed).toEqual([]);
    const selects = statements.filter((sql) => sql.startsWith('SELECT'));
    expect(selects.some((sql) => sql.includes('slaCheckAt'))).toBe(true);
    expect(selects.flatMap(badSteps)).toEqual([]);
  });
});

describe('a data dir from an older build', () => {
  it('loses the single-field indexes a compound one replaced, and gains the compound ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zd-indexes-'));
    const file = join(dir, 'old.db');
    const old = new Database(file);
    old.exec('CREATE TABLE tickets (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)');
    old.exec(`CREATE INDEX "tickets__openWithUserId" ON tickets (json_extract(doc, '$.openWithUserId'))`);
    old.close();
    new SqliteDocStore(file).close();
    const reopened = new Database(file, { readonly: true });
    const names = (
      reopened.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'`).all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    reopened.close();
    rmSync(dir, { recursive: true, force: true });
    expect(names).not.toContain('tickets__openWithUserId');
    expect(names).toContain('tickets(openWithUserId,createdAt,id)');
    expect(names).toContain('tickets(slaCheckAt,id)');
  });
});
