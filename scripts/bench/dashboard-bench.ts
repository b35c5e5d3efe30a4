/** Dashboard figures for `npm run bench dashboard`: answers and exports over 100 000 tickets on the local stack. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDateOf } from '@core/kernel/calendar/local-date';
import { loadDashboardSource, rollUpDashboard } from '@core/dashboard/dashboard-rollup';
import { dashboardFigures } from '@core/dashboard/dashboard-figures';
import { presetPeriod } from '@core/dashboard/period';
import { loadWorkingTime } from '@core/settings';
import type { RatingLevel } from '@core/tickets/rating';
import type { Ticket, TicketEvent, TicketEventKind, TicketStatus } from '@core/tickets/ticket';
import { demoOpenid } from '@core/app/seed';
import type { DocStore, TxStore } from '@core/kernel/store';
import { localExportFiles } from '../../server/exports/export-files';
import { benchTicketDoc } from './bench-ticket';
import { expectOk, type BenchStack } from './bench-stack';
import { measure, type Figures } from './measure';
import { seedProjects } from './projects-bench';

/** ZD_BENCH_TICKETS picks a smaller run for a quick look; the figures to report are at 100 000. */
const TICKETS = Number(process.env.ZD_BENCH_TICKETS ?? 100_000);
const PROJECTS = 5000;
const DAYS = 90;
/** Answers per dashboard row: with 40 the p95 (nearest rank, floor) is the second slowest, not the maximum. */
const ROUNDS = 40;
const HOUR = 3_600_000;
const TEAMS = ['svc-project-dezhi-hangchuang', 'svc-desk-environment', 'svc-desk-permits', 'svc-duty'];
const PEOPLE = ['u-demo-staff', 'u-staff-chen', 'u-staff-feng', 'u-staff-wu', 'u-staff-he', 'u-staff-ma'];
const CATEGORIES = [
  ['environmental-impact', '环评审批'],
  ['enterprise-setup', '企业开办'],
  ['construction-permit', '施工许可'],
] as const;

/** One ticket's life, spread deterministically: most done, a share open, some rated, a few late. */
const lifeOf = (i: number, now: number) => {
  const createdAt = now - ((i * 7919) % (DAYS * 24 * 60)) * 60_000;
  const step = (h: number) => Math.min(now - 1, createdAt + h * HOUR);
  const isOpen = i % 10 === 0;
  const respondedAt = i % 10 === 0 && i % 20 === 0 ? null : step(1 + (i % 7));
  const resolvedAt = isOpen ? null : step(20 + (i % 90));
  const closedAt = resolvedAt === null || i % 3 === 0 ? null : Math.min(now - 1, resolvedAt + 24 * HOUR);
  const status: TicketStatus = isOpen
    ? respondedAt === null
      ? 'assigned'
      : 'in_progress'
    : closedAt === null
      ? 'resolved'
      : 'closed';
  const rating =
    closedAt !== null && i % 2 === 0 ? { level: (5 - (i % 5)) as RatingLevel, comment: '', at: closedAt } : null;
  return { createdAt, respondedAt, resolvedAt, closedAt, status, rating };
};

const eventsOf = (t: Ticket, closedAt: number | null, teamId: string): TicketEvent[] => {
  const lines: [number | null, TicketEventKind][] = [
    [t.createdAt, 'submitted'],
    [t.respondedAt, 'accepted'],
    [t.resolvedAt, 'resolved'],
    [closedAt, 'closed'],
  ];
  return lines
    .filter((l): l is [number, TicketEventKind] => l[0] !== null)
    .map(([at, kind], seq) => ({
      ...{ id: `${t.id}-${seq}`, version: 1, ticketId: t.id, at, seq, kind, actorUserId: null, actorName: '' },
      ...{ text: kind, isInternal: false, attachments: [], holderUserId: t.assigneeUserId, holderTeamId: teamId },
    }));
};

/** One bench ticket and its timeline. */
export const benchTicket = (i: number, now: number): { ticket: Ticket; events: TicketEvent[] } => {
  const life = lifeOf(i, now);
  const teamId = TEAMS[i % TEAMS.length] as string;
  const assigneeUserId = PEOPLE[i % PEOPLE.length] as string;
  const [categoryId, categoryName] = CATEGORIES[i % CATEGORIES.length] ?? CATEGORIES[0];
  const ticket = benchTicketDoc(
    i,
    {
      id: `dash-${i}`,
      status: life.status,
      assigneeUserId,
      leaderUserId: 'u-demo-leader',
      teamId,
      createdAt: life.createdAt,
    },
    {
      ...{ categoryId, categoryName, parkId: i % 2 ? 'jingde-smart' : 'new-materials' },
      assignee: { userId: assigneeUserId, name: assigneeUserId, title: '专员' },
      leader: { userId: 'u-demo-leader', name: '赵主任', title: '主任' },
      targets: { responseWorkingHours: 4, resolutionWorkingDays: 5 },
      updatedAt: life.closedAt ?? life.resolvedAt ?? life.respondedAt ?? life.createdAt,
      ...{ acceptedAt: life.respondedAt, resolvedAt: life.resolvedAt, respondedAt: life.respondedAt },
      slaPauses: life.resolvedAt === null ? [] : [{ start: life.resolvedAt, end: life.closedAt }],
      rating: life.rating,
    },
  );
  return { ticket, events: eventsOf(ticket, life.closedAt, teamId) };
};

const insertTicket = async (tx: TxStore, i: number, now: number) => {
  const { ticket, events } = benchTicket(i, now);
  await tx.insert('tickets', ticket);
  for (const e of events) await tx.insert('ticket_events', e);
};

const seedDashboard = async (store: DocStore, now: number): Promise<void> => {
  for (let start = 0; start < TICKETS; start += 1000) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(TICKETS, start + 1000); i += 1) await insertTicket(tx, i, now);
    });
  }
};

/** 4 990 breaches this month, each a person line and a team line: a ledger export of about 10 000 rows. */
export const seedLedger = async (store: DocStore, now: number): Promise<void> => {
  await store.transaction(async (tx) => {
    for (let i = 0; i < 4990; i += 1) {
      for (const subject of ['person', 'team'] as const) {
        await tx.insert('assessment_ledger', {
          ...{ id: `ledger-${subject}-${i}`, version: 1, kind: 'breach', subject, ticketId: `dash-${i}` },
          subjectId: subject === 'person' ? (PEOPLE[i % PEOPLE.length] as string) : (TEAMS[i % TEAMS.length] as string),
          subjectName: '压测',
          at: now - (i % 48) * HOUR,
          note: '办结超时',
        });
      }
    }
  });
};

/**
 * The same quarter as the first row, computed the old way (the pure scan over every ticket fact, in
 * process, no HTTP): the figure the roll-up cells are measured against in the same run and load.
 */
const scanReference = async (stack: BenchStack, now: number): Promise<Figures> => {
  const time = await loadWorkingTime(stack.store);
  const period = presetPeriod('quarter', now);
  const facts = (await loadDashboardSource(stack.store, time, period)).all();
  const names = { person: (id: string) => id, team: (id: string) => id, park: (id: string) => id };
  return measure('scan over every fact 本季度 (pure, before roll-up cells)', 5, 1, async () => {
    dashboardFigures({ facts, followUps: [], visits: [], period, scope: {}, now, time, names });
  });
};

export const benchDashboard = async (stack: BenchStack): Promise<Figures[]> => {
  const now = stack.deps.clock.now();
  stack.deps.exportFiles = localExportFiles(
    mkdtempSync(join(tmpdir(), 'zd-bench-exports-')),
    'bench',
    stack.deps.clock,
  );
  const lastWeek = { preset: 'custom', fromDate: localDateOf(now - 7 * 24 * HOUR), toDate: localDateOf(now) };
  let t0 = performance.now();
  await seedDashboard(stack.store, now);
  process.stderr.write(
    `seeded ${TICKETS} tickets with timelines in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  t0 = performance.now();
  let folded = 0;
  // The first roll-up works off the whole backlog, a tick's worth at a time, as the scheduler would.
  for (let n = -1; n !== 0; folded += n) n = await rollUpDashboard(stack.deps, stack.deps.clock.now() + 50_000);
  const rollup = (performance.now() - t0) / 1000;
  process.stderr.write(`first roll-up of ${folded} tickets in ${rollup.toFixed(1)} s\n`);
  await seedLedger(stack.store, now);
  await seedProjects(stack);
  process.stderr.write(`seeded ${PROJECTS} projects\n`);
  const admin = demoOpenid('admin');
  const leader = demoOpenid('leader');
  let retried = 0;
  // A keep-alive socket the server closed just as it was reused fails the fetch: asked again once, and counted.
  const post = (action: string, input: object, openid: string) =>
    stack.post('tickets', action, input, { openid }).catch((e: unknown) => {
      if (!(e instanceof TypeError)) throw e;
      retried += 1;
      return stack.post('tickets', action, input, { openid });
    });
  const ask = (action: string, input: object, openid: string) => async () =>
    expectOk(await post(action, input, openid), action);
  const rows: Figures[] = [
    {
      name: `dashboard roll-up, first run over ${TICKETS / 1000}k tickets`,
      ...{ count: folded, seconds: rollup, perSecond: folded / rollup, p50: 0, p95: 0, p99: 0, max: 0 },
    },
  ];
  // One row per period kind and scope: [label, filters, who asks, requests in flight].
  const answers: [string, object, string, number][] = [
    ['本季度 · 全部 (office, c=1)', { preset: 'quarter' }, admin, 1],
    ['本月 · 全部 (office, c=1)', { preset: 'month' }, admin, 1],
    ['本月 · 团队 (leader, c=1)', { preset: 'month', scope: 'team', scopeId: TEAMS[0] }, leader, 1],
    ['本周 · 本人负责 (leader, c=2)', { preset: 'week' }, leader, 2],
    ['自定义近7天 · 园区 (office, c=1)', { ...lastWeek, scope: 'park', scopeId: 'jingde-smart' }, admin, 1],
  ];
  for (const [label, filters, openid, concurrency] of answers) {
    const row = await measure(
      `tickets.dashboard ${label}`,
      ROUNDS,
      concurrency,
      ask('tickets.dashboard', filters, openid),
    );
    process.stderr.write(
      `${row.name}: p50 ${row.p50.toFixed(0)} p95 ${row.p95.toFixed(0)} p99 ${row.p99.toFixed(0)} ms\n`,
    );
    rows.push(row);
  }
  // After each scheduler tick the mark moves and the changed days are read again.
  rows.push(
    await measure('roll-up tick + tickets.dashboard 本季度 (days refreshed)', 5, 1, async () => {
      await rollUpDashboard(stack.deps, stack.deps.clock.now() + 50_000);
      await ask('tickets.dashboard', { preset: 'quarter' }, admin)();
    }),
  );
  let exportedRows = 0;
  rows.push(
    await measure('tickets.export 考核台账 ~10 000 rows (office, c=1)', 2, 1, async (i) => {
      const answer = await stack.post(
        'tickets',
        'tickets.export',
        { report: 'ledger', ...lastWeek },
        {
          openid: admin,
          requestId: `bench-export-${i}`,
        },
      );
      expectOk(answer, 'tickets.export');
      exportedRows = (answer.data as { rowCount: number }).rowCount;
    }),
  );
  const exportRow = rows[rows.length - 1];
  if (exportRow) {
    process.stderr.write(
      `ledger export: ${exportedRows} rows, ${(exportedRows / (exportRow.p50 / 1000)).toFixed(0)} rows/s at p50\n`,
    );
  }
  rows.push(await scanReference(stack, now));
  if (retried) process.stderr.write(`${retried} requests asked again after a closed keep-alive socket\n`);
  return rows;
};
