import { dataOf, errorOf, sendAs, snapshotAll, type As } from '@tests/support/dispatch-kit';
import { everyRole } from '@tests/support/every-role';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { seededStaff, validTicket } from '@tests/support/ticket-fixture';
import type { ActionName } from '../contract/actions';
import { dashboardActions } from '@core/dashboard/dashboard-actions';

import { rollUpDashboard } from '@core/dashboard/dashboard-rollup';
import type { ExportFiles } from '@core/kernel/deps';

let stack: TestStack;
let send: ReturnType<typeof sendAs>;
let saved: { fileName: string; bytes: Uint8Array }[];
beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  saved = [];
  const files: ExportFiles = {
    save: async (fileName, bytes) => {
      saved.push({ fileName, bytes });
      return { url: `/files/${saved.length}`, expiresAt: stack.deps.clock.now() + 300_000 };
    },
  };
  stack.deps.exportFiles = files;
  const ticketId = dataOf(await send('enterprise', 'tickets.create', validTicket())).id;
  dataOf(await send('staff', 'tickets.accept', { ticketId }));
});
afterEach(() => stack.close());

const CALLERS = everyRole({}, ['leader of other teams', seededStaff('u-leader-qian')]);
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const OUTCOMES = [U, F, F, F, F, 'ok', 'ok', 'ok'];
const INPUTS: Record<keyof typeof dashboardActions, Record<string, unknown>> = {
  'tickets.dashboard': { preset: 'month' },
  'tickets.ledgerPage': { preset: 'month' },
  'tickets.export': { report: 'dashboard', preset: 'month' },
};

describe('dashboard actions × every role', () => {
  const cases = Object.entries(INPUTS).flatMap(([action, input]) =>
    CALLERS.map(([label, as], i) => [action, label, as, OUTCOMES[i], input] as const),
  );
  it.each(cases)(
    '%s as %s → %s',
    async (action, _label, as, expected, input) => {
      const answer = await send(as, action as ActionName, input);
      if (expected === 'ok') expect(answer).toMatchObject({ ok: true });
      else expect(errorOf(answer).code).toBe(expected);
      // The first export in a worker loads exceljs (seconds on a loaded machine).
    },
    20_000,
  );

  it('shows a leader only the work of the teams they lead, the office everything', async () => {
    const own = dataOf(await send('leader', 'tickets.dashboard', {}));
    const other = dataOf(await send(seededStaff('u-leader-qian'), 'tickets.dashboard', {}));
    const office = dataOf(await send('admin', 'tickets.dashboard', {}));
    expect(own.tickets.totals.created).toBe(1);
    expect(own.tickets.onTime.response).toMatchObject({ met: 1, breached: 0 });
    expect(other.tickets.totals.created).toBe(0);
    expect(office.tickets.totals.created).toBe(1);
    expect(office.filterText).toMatch(/^本月 · 2026-11-01 至 2026-11-30 · 全部$/);
  });

  it.each<[string, As, Record<string, unknown>, string]>([
    ['a team they do not lead', 'leader', { scope: 'team', scopeId: 'svc-duty' }, F],
    ['a person outside their teams', 'leader', { scope: 'person', scopeId: 'u-staff-sun' }, F],
    ['a park without a team of theirs', 'leader', { scope: 'park', scopeId: 'new-materials' }, F],
    ['a team that does not exist (leader)', 'leader', { scope: 'team', scopeId: 'nope' }, F],
  ])('refuses a leader %s', async (_label, as, input, code) => {
    expect(errorOf(await send(as, 'tickets.dashboard', input)).code).toBe(code);
    expect(errorOf(await send(as, 'tickets.ledgerPage', input)).code).toBe(code);
  });

  it('lets a leader narrow to their team and its members', async () => {
    const team = dataOf(
      await send('leader', 'tickets.dashboard', { scope: 'team', scopeId: 'svc-project-dezhi-hangchuang' }),
    );
    expect(team.tickets.totals.created).toBe(1);
    const person = dataOf(await send('leader', 'tickets.dashboard', { scope: 'person', scopeId: 'u-demo-staff' }));
    expect(person.people.map((p) => p.id)).toEqual(['u-demo-staff']);
  });

  it('writes each export to the audit log, and nothing else', async () => {
    const before = await snapshotAll(stack);
    const answer = dataOf(await send('admin', 'tickets.export', { report: 'ledger', preset: 'month' }));
    expect(answer.fileName).toMatch(/^考核台账-2026-11-01-2026-11-27\.xlsx$/);
    expect(saved).toHaveLength(1);
    const after = await snapshotAll(stack);
    const changed = Object.keys(after).filter((c) => JSON.stringify(after[c]) !== JSON.stringify(before[c]));
    // settings changes only by the audit chain's head (its sequence and last hash).
    expect(changed.sort()).toEqual(['audit_log', 'requests', 'settings']);
    const settingsChanged = (after.settings ?? []).filter(
      (doc) => JSON.stringify(doc) !== JSON.stringify(before.settings?.find((b) => b.id === doc.id)),
    );
    expect(settingsChanged.map((doc) => doc.id)).toEqual(['audit-head']);
    expect(after.audit_log?.[0]).toMatchObject({ action: 'tickets.export', actorUserId: 'u-demo-admin' });
  });
});

describe('dashboard actions: bad input → INVALID_INPUT with the field, nothing written', () => {
  it.each<[ActionName, As, Record<string, unknown>, string]>([
    ['tickets.dashboard', 'admin', { preset: 'year' }, 'preset'],
    ['tickets.dashboard', 'admin', { preset: 'custom', toDate: '2026-12-01' }, 'fromDate'],
    ['tickets.dashboard', 'admin', { preset: 'custom', fromDate: '2026-12-05', toDate: '2026-12-01' }, 'toDate'],
    ['tickets.dashboard', 'admin', { preset: 'custom', fromDate: '2025-01-01', toDate: '2026-12-01' }, 'toDate'],
    ['tickets.dashboard', 'admin', { preset: 'custom', fromDate: '2026-02-30', toDate: '2026-03-01' }, 'fromDate'],
    ['tickets.dashboard', 'admin', { preset: 'week', fromDate: '2026-12-01' }, 'fromDate'],
    ['tickets.dashboard', 'admin', { scope: 'team' }, 'scopeId'],
    ['tickets.dashboard', 'admin', { scope: 'all', scopeId: 'svc-duty' }, 'scopeId'],
    ['tickets.dashboard', 'admin', { scope: 'team', scopeId: 'nope' }, 'scopeId'],
    ['tickets.dashboard', 'admin', { scope: 'planet', scopeId: 'x' }, 'scope'],
    ['tickets.dashboard', 'admin', { extra: 1 }, 'extra'],
    ['tickets.ledgerPage', 'leader', { scope: 'person', scopeId: '' }, 'scopeId'],
    ['tickets.ledgerPage', 'leader', { preset: 'custom', fromDate: '2026-12-01' }, 'toDate'],
    ['tickets.export', 'admin', { preset: 'month' }, 'report'],
    ['tickets.export', 'admin', { report: 'ledger', scope: 'park', scopeId: 'atlantis' }, 'scopeId'],
    ['tickets.export', 'leader', { report: 'dashboard', preset: 'custom' }, 'fromDate'],
  ])('%s as %s with %j → %s', async (action, as, input, field) => {
    const before = await snapshotAll(stack);
    const error = errorOf(await send(as, action, input));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await snapshotAll(stack)).toEqual(before);
  });
});

describe('the daily roll-up', () => {
  it('answers the same before and after the scheduler folds the tickets into days, and adds later changes live', async () => {
    const live = dataOf(await send('admin', 'tickets.dashboard', {}));
    expect(await rollUpDashboard(stack.deps, stack.deps.clock.now() + 60_000)).toBeGreaterThan(0);
    const days = await stack.store.find('dashboard_days', { limit: 10 });
    expect(days.items.map((d) => d.id)).toEqual(['2026-11-27']);
    const rolled = dataOf(await send('admin', 'tickets.dashboard', {}));
    expect({ ...rolled, generatedAt: 0 }).toEqual({ ...live, generatedAt: 0 });
    // A change after the roll-up is in the next answer without another run.
    const ticketId = days.items[0]?.facts[0]?.id ?? '';
    dataOf(await send('staff', 'tickets.resolve', { ticketId, summary: '已办理完成' }));
    const after = dataOf(await send('admin', 'tickets.dashboard', {}));
    expect(after.tickets.totals.resolved).toBe(rolled.tickets.totals.resolved + 1);
  });
});
