/**
 * Item 7 of issue 15: a data dir made by the previous release, upgraded by the migrations, answers
 * every action of the contract correctly through the real dispatcher.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime } from '@core/kernel/calendar/working-time';
import { ACTIONS, type ActionInput, type ActionName } from '@core/app/contract';
import { NO_ESCALATION } from '@core/tickets/supervision';
import type { Park } from '@core/catalog/catalog';
import { allScores, validRound } from '@tests/support/evaluation-fixture';
import type { Ticket, TicketEvent } from '@core/tickets/ticket';
import type { ServiceCategory } from '@core/tickets/service-category';
import type { HandlerDeps, Logger } from '@core/app/handlers';
import { runMigrations, SCHEMA_VERSIONS } from '@core/app/migrations';
import { addDays } from '@core/kernel/calendar/local-date';
import { localDate } from '@core/kernel/calendar/local-time';
import { seedDatabase } from '@core/app/seed';
import { runTick, tickJobs } from '@core/app/scheduler/run-tick';
import { nextSlaCheckAt } from '@core/tickets/deadlines/sla-check-at';
import { cursorAfter } from '@core/kernel/store';
import { nextConfirmCheckAt } from '@core/tickets/confirm-deadlines';
import { SqliteDocStore } from '../store/sqlite-doc-store';
import { dataOf, errorOf, sendAs, type As } from '../../tests/support/dispatch-kit';
import { newPerson, onboardNewPerson } from '../../tests/support/onboarding-fixture';
import { writePreviousReleaseDataDir, type PreviousReleaseScene } from '../../tests/support/previous-release-data';
import { FIXED_NOW } from '../../tests/support/temp-sqlite-store';
import { validTicket } from '../../tests/support/ticket-fixture';
import { newCategory, newRules } from '../../tests/support/category-fixture';
import { validBooking } from '../../tests/support/visit-booking-fixture';
import { insertUpload } from '../../tests/support/upload-fixture';

let dir: string;
let store: SqliteDocStore;
let deps: HandlerDeps;
let scene: PreviousReleaseScene;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zd-upgrade-'));
  scene = await writePreviousReleaseDataDir(dir);
  store = new SqliteDocStore(join(dir, 'zero-distance.db'));
  let counter = 0;
  const log: Logger = { info: () => undefined, error: () => undefined };
  deps = { store, clock: { now: () => FIXED_NOW }, ids: { newId: () => `up-${(counter += 1)}` }, log };
}, 60_000);

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ticket = (id: string) => store.get<Ticket & { schemaVersion?: number }>('tickets', id);
const time = createWorkingTime(createWorkingCalendar([]));

describe('the previous release’s data dir', () => {
  it('is in that release’s shape: no schema version, tickets without SLA fields, staff without status', async () => {
    const t = (await ticket(scene.tickets.waiting)) as unknown as Record<string, unknown>;
    expect(t.status).toBe('waiting_enterprise');
    for (const field of ['schemaVersion', 'slaPauses', 'respondedAt', 'slaCheckAt', 'escalation', 'confirmCheckAt'])
      expect(t).not.toHaveProperty(field);
    expect(await store.get('staff', 'u-demo-staff')).not.toHaveProperty('status');
    expect(await store.get('settings', 'visits')).not.toHaveProperty('maxOpenVisitsPerParkWeek');
  });

  it('is upgraded: SLA fields derived from each ticket’s timeline, staff status from isActive, all recorded', async () => {
    const report = await runMigrations(store, { now: deps.clock.now });
    expect(report).toEqual({
      applied: [
        { id: '0001-ticket-sla-fields', upgraded: 4 },
        { id: '0002-staff-status', upgraded: expect.any(Number) },
        { id: '0003-project-fields', upgraded: expect.any(Number) },
        { id: '0004-service-category-rules', upgraded: 13 },
        { id: '0005-ticket-rules-version', upgraded: 4 },
        { id: '0006-article-status', upgraded: 3 },
        { id: '0007-evaluation-score-count', upgraded: 0 },
      ],
      skipped: [],
      isDone: true,
    });
    const waiting = await ticket(scene.tickets.waiting);
    expect(waiting).toMatchObject({
      schemaVersion: SCHEMA_VERSIONS.tickets,
      respondedAt: scene.at.accepted,
      slaPauses: [{ start: scene.at.materialsRequested, end: null }],
      escalation: NO_ESCALATION,
      rating: null,
      slaCheckAt: null,
      confirmCheckAt: null,
    });
    const accepted = (await ticket(scene.tickets.accepted)) as Ticket;
    expect(accepted).toMatchObject({ respondedAt: scene.at.accepted, slaPauses: [] });
    expect(accepted.slaCheckAt).toBe(nextSlaCheckAt(accepted, time));
    expect(accepted.slaCheckAt).toEqual(expect.any(Number));
    const assigned = (await ticket(scene.tickets.assigned)) as Ticket;
    expect(assigned).toMatchObject({ respondedAt: null, slaPauses: [] });
    expect(assigned.slaCheckAt).toEqual(expect.any(Number));
    const resolved = (await ticket(scene.tickets.resolved)) as Ticket;
    expect(resolved).toMatchObject({ slaPauses: [{ start: scene.at.resolved, end: null }], slaCheckAt: null });
    expect(resolved.confirmCheckAt).toBe(nextConfirmCheckAt(scene.at.resolved, null, time));
    expect(await store.get('staff', 'u-demo-staff')).toMatchObject({ status: 'active', schemaVersion: 2 });
    const records = await store.find('migrations', { limit: 10 });
    expect(records.items.map((r) => r.id)).toEqual([
      '0001-ticket-sla-fields',
      '0002-staff-status',
      '0003-project-fields',
      '0004-service-category-rules',
      '0005-ticket-rules-version',
      '0006-article-status',
      '0007-evaluation-score-count',
    ]);
  });

  it('gives each category its rules as version 1 from the targets it had, and stamps the open tickets with it', async () => {
    const eia = (await store.get('service_categories', 'environmental-impact')) as ServiceCategory | null;
    expect(eia).toMatchObject({
      schemaVersion: 2,
      isActive: true,
      rules: [
        {
          number: 1,
          effectiveAt: 0,
          targets: { responseWorkingHours: 4, resolutionWorkingDays: 15, isDefaultPendingZone: true },
          routing: { steps: ['project', 'park_reception', 'category_desk', 'duty_desk'], fallbackTeamId: null },
        },
      ],
    });
    expect(eia?.materials[0]).toEqual({ name: '环境影响报告书（表）或登记表', isRequired: true, note: '' });
    expect(eia?.materials.at(-1)).toEqual({ name: '其他材料', isRequired: false, note: '以主管部门最新要求为准' });
    // Resolved may still be reopened: it is open work too.
    for (const id of Object.values(scene.tickets))
      expect(await ticket(id)).toMatchObject({
        rulesVersion: 1,
        schemaVersion: 3,
        targets: { responseWorkingHours: 4, resolutionWorkingDays: 15 },
      });
  });

  it('answers every action of the contract correctly', async () => {
    const send = sendAs({ deps });
    const covered = new Set<string>();
    const call = async <A extends ActionName>(as: As, action: A, input: ActionInput<A> | Record<string, unknown>) => {
      covered.add(action);
      return send(as, action, input);
    };
    const ok = async <A extends ActionName>(as: As, action: A, input: ActionInput<A> | Record<string, unknown>) =>
      dataOf(await call(as, action, input));
    const { tickets } = scene;

    // The catalogue.
    expect((await ok(null, 'catalog.home', {})).parks.length).toBeGreaterThan(0);
    expect((await ok(null, 'catalog.industries.list', {})).items.length).toBeGreaterThan(0);
    const parks = await ok(null, 'catalog.parks.list', {});
    expect(parks.items.map((p) => p.name)).toContain('京德智造产业园');
    expect((await ok(null, 'catalog.parks.get', { id: 'jingde-smart' })).park.name).toBe('京德智造产业园');
    expect((await ok(null, 'catalog.factories.list', { parkId: 'jingde-smart' })).items.map((f) => f.parkId)).toContain(
      'jingde-smart',
    );
    const articles = await ok(null, 'catalog.articles.list', {});
    expect(articles.items.length).toBeGreaterThan(0);
    expect((await ok(null, 'catalog.articles.get', { id: articles.items[0]?.id ?? '' })).id).toBe(
      articles.items[0]?.id,
    );

    // The office's catalogue edits over the old articles, upgraded by 0006-article-status (all published).
    const oldArticle = articles.items[0]?.id ?? '';
    expect((await ok('admin', 'admin.catalog.articles.list', { status: 'published' })).items).toHaveLength(3);
    await ok('admin', 'admin.catalog.articles.setStatus', { articleId: oldArticle, status: 'withdrawn' });
    expect((await ok(null, 'catalog.articles.list', {})).items.map((a) => a.id)).not.toContain(oldArticle);
    const draft = await ok('admin', 'admin.catalog.articles.save', {
      category: 'news',
      title: '升级后新建的动态',
      summary: '升级后由招商办新建。',
      body: ['正文'],
      source: '招商办',
      parkIds: [],
    });
    expect(draft.status).toBe('draft');
    expect((await ok('admin', 'admin.catalog.parks.list', {})).items.map((p) => p.id)).toContain('jingde-smart');
    const jingde = (await store.get('parks', 'jingde-smart')) as Park;
    const {
      id: _pid,
      version: parkVersion,
      schemaVersion: _psv,
      ...parkFields
    } = jingde as typeof jingde & {
      schemaVersion?: number;
    };
    await ok('admin', 'admin.catalog.parks.save', { ...parkFields, parkId: 'jingde-smart', version: parkVersion });
    const [unit] = (await ok('admin', 'admin.catalog.factories.list', { parkId: 'jingde-smart' })).items;
    const {
      id: factoryId,
      version: _fv,
      schemaVersion: _fsv,
      ...unitFields
    } = unit as NonNullable<typeof unit> & {
      schemaVersion?: number;
    };
    expect(
      (await ok('admin', 'admin.catalog.factories.save', { ...unitFields, factoryId, status: 'vacant' })).status,
    ).toBe('vacant');

    // Accounts.
    expect((await ok('enterprise', 'account.whoami', {})).roles).toContain('enterprise');
    // The local stack (no digest in its deps, like server/server-deps.ts) has no bootstrap: its admin is seeded.
    expect(errorOf(await call({ openid: 'o-stranger' }, 'account.bootstrapAdmin', { code: '12345678' })).code).toBe(
      'UNAVAILABLE',
    );

    // The old tickets, as their owner and their staff see them now.
    const view = await ok('enterprise', 'tickets.get', { ticketId: tickets.waiting });
    expect(view.status).toBe('waiting_enterprise');
    expect(view.sla?.headline.state).toEqual(expect.any(String));
    const mine = await ok('enterprise', 'tickets.mine', {});
    expect(mine.items.map((t) => t.id)).toEqual(expect.arrayContaining(Object.values(tickets)));
    const newest = (
      await store.find('ticket_events', {
        where: { ticketId: tickets.waiting },
        orderBy: { field: 'at', dir: 'desc' },
        limit: 1,
      })
    ).items[0] as TicketEvent;
    const cursor = cursorAfter(newest as unknown as Record<string, unknown>, { field: 'at', dir: 'desc' });
    expect(
      (await ok('enterprise', 'tickets.timeline', { ticketId: tickets.waiting, cursor })).items.length,
    ).toBeGreaterThan(0);
    expect(
      errorOf(
        await call('enterprise', 'tickets.attachmentLink', {
          ticketId: tickets.waiting,
          fileId: 'upload:not-on-this-ticket',
        }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (await ok('enterprise', 'tickets.supplement', { ticketId: tickets.waiting, text: '已补充环评报告表' })).status,
    ).toBe('in_progress');
    expect((await ok('enterprise', 'tickets.catalog', {})).items.length).toBeGreaterThan(0);
    expect((await ok('enterprise', 'tickets.myProjects', {})).items.map((p) => p.id)).toContain('dezhi-hangchuang');
    const fresh = await ok('enterprise', 'tickets.create', validTicket());
    expect((await ok('enterprise', 'tickets.cancel', { ticketId: fresh.id, reason: '重复提交' })).status).toBe(
      'cancelled',
    );
    expect(
      (await ok('enterprise', 'tickets.reopen', { ticketId: tickets.resolved, reason: '批复文号有误' })).status,
    ).toBe('in_progress');

    const inbox = await ok('staff', 'tickets.inbox', { tab: 'mine' });
    expect(inbox.items.map((t) => t.id)).toEqual(expect.arrayContaining([tickets.assigned, tickets.accepted]));
    expect((await ok('staff', 'tickets.accept', { ticketId: tickets.assigned })).status).toBe('accepted');
    expect((await ok('staff', 'tickets.reply', { ticketId: tickets.assigned, text: '已开始办理' })).status).toBe(
      'in_progress',
    );
    expect((await ok('staff', 'tickets.note', { ticketId: tickets.assigned, text: '内部备注' })).status).toBe(
      'in_progress',
    );
    expect(
      (await ok('staff', 'tickets.requestMaterials', { ticketId: tickets.accepted, materials: ['营业执照'] })).status,
    ).toBe('waiting_enterprise');
    const colleagues = await ok('staff', 'tickets.colleagues', { ticketId: tickets.waiting });
    // The team's other member is on leave (AB岗): the ticket is re-routed instead.
    expect(colleagues.items.map((c) => c.isOnLeave)).toContain(true);
    expect((await ok('staff', 'tickets.transfer', { ticketId: tickets.waiting, reason: '换人办理' })).status).toBe(
      'assigned',
    );
    expect(
      (
        await ok('leader', 'tickets.reassign', {
          ticketId: tickets.waiting,
          reason: '改回原专员',
          toUserId: 'u-demo-staff',
        })
      ).status,
    ).toBe('assigned');
    expect((await ok('staff', 'tickets.resolve', { ticketId: tickets.resolved, summary: '已更正批复' })).status).toBe(
      'resolved',
    );
    // A bad rating on a ticket of the old release opens a 整改 for its leader.
    expect((await ok('enterprise', 'tickets.close', { ticketId: tickets.resolved, rating: 2 })).status).toBe('closed');
    const followUps = await ok('leader', 'tickets.followUps', {});
    const followUp = followUps.items.find((f) => f.source !== 'evaluation' && f.ticketId === tickets.resolved);
    expect(followUp).toBeDefined();
    deps.clock = { now: () => FIXED_NOW + 2 * 3600_000 };
    await ok('leader', 'tickets.recordFollowUp', {
      followUpId: followUp?.id ?? '',
      who: '王经理',
      at: FIXED_NOW + 3600_000,
      said: '已电话回访，企业认可',
    });
    expect(
      (await ok('leader', 'tickets.closeFollowUp', { followUpId: followUp?.id ?? '', summary: '已整改' })).status,
    ).toBe('closed');
    expect((await ok('leader', 'tickets.ledger', {})).items.map((e) => e.kind)).toContain('bad_rating');
    // Nothing is overdue yet at this instant (the scheduler's 督办 is the last test).
    expect((await ok('admin', 'tickets.supervision', {})).items).toHaveLength(0);
    const dashboard = await ok('admin', 'tickets.dashboard', { preset: 'month', scope: 'all' });
    expect(dashboard.filterText).toEqual(expect.any(String));
    expect(await ok('admin', 'tickets.ledgerPage', { preset: 'month', scope: 'all' })).toBeDefined();
    deps.exportFiles = { save: async () => ({ url: '/export/book.xlsx', expiresAt: FIXED_NOW + 300_000 }) };
    expect((await ok('admin', 'tickets.export', { report: 'dashboard', preset: 'month', scope: 'all' })).url).toBe(
      '/export/book.xlsx',
    );

    // Visits: the old one, and new bookings beside it.
    const { visitId } = scene;
    expect((await ok('investor', 'visits.mine', {})).items.map((v) => v.id)).toContain(visitId);
    expect((await ok('investor', 'visits.get', { visitId })).id).toBe(visitId);
    const av = await ok(null, 'visits.availability', {
      parkIds: ['jingde-smart'],
      from: '2026-11-30',
      to: '2026-12-04',
    });
    expect(av.days.length).toBeGreaterThan(0);
    expect((await ok('staff', 'visits.staffList', {})).items.map((v) => v.id)).toContain(visitId);
    expect((await ok('staff', 'visits.confirm', { visitId })).status).toBe('confirmed');
    expect((await ok('staff', 'visits.note', { visitId, text: '备好讲解材料' })).id).toBe(visitId);
    const visitEvent = (
      await store.find<{ id: string; at: number; version: number }>('visit_events', {
        where: { visitId },
        orderBy: { field: 'at', dir: 'desc' },
        limit: 1,
      })
    ).items[0];
    const visitCursor = cursorAfter(visitEvent as unknown as Record<string, unknown>, { field: 'at', dir: 'desc' });
    expect((await ok('investor', 'visits.timeline', { visitId, cursor: visitCursor })).items.length).toBeGreaterThan(0);
    const moved = await ok('investor', 'visits.reschedule', {
      visitId,
      date: '2026-12-01',
      halfDay: 'am',
      reason: '行程调整',
    });
    expect(moved.date).toBe('2026-12-01');
    const second = await ok('investor', 'visits.book', validBooking({ date: '2026-12-02' }));
    const third = await ok('enterprise', 'visits.book', validBooking({ date: '2026-12-03' }));
    expect((await ok('staff', 'visits.decline', { visitId: second.id, reason: '当日接待已满' })).status).toBe(
      'declined',
    );
    expect((await ok('enterprise', 'visits.cancel', { visitId: third.id, reason: '计划有变' })).status).toBe(
      'cancelled',
    );
    // Held and missed visits are marked after their day.
    deps.clock = { now: () => Date.UTC(2026, 11, 3, 8, 0) };
    if (moved.status !== 'confirmed') dataOf(await send('staff', 'visits.confirm', { visitId: moved.id }));
    expect((await ok('staff', 'visits.complete', { visitId: moved.id })).status).toBe('completed');
    const fourth = await ok('investor', 'visits.book', validBooking({ date: '2026-12-07' }));
    dataOf(await send('staff', 'visits.confirm', { visitId: fourth.id }));
    deps.clock = { now: () => Date.UTC(2026, 11, 8, 8, 0) };
    expect((await ok('staff', 'visits.noShow', { visitId: fourth.id })).status).toBe('no_show');

    // Messages.
    // No template ids configured yet: nothing is asked.
    expect((await ok('investor', 'messages.subscribeTemplates', {})).templates).toHaveLength(0);
    expect(await ok('investor', 'messages.subscribed', { accepted: ['visit_result'] })).toBeDefined();
    const inboxMessages = await ok('enterprise', 'messages.list', {});
    expect(inboxMessages.items.length).toBeGreaterThan(0);
    expect((await ok('enterprise', 'messages.unreadCount', {})).count).toBeGreaterThan(0);
    await ok('enterprise', 'messages.markRead', { all: true });
    expect((await ok('enterprise', 'messages.unreadCount', {})).count).toBe(0);

    // The office: onboarding next to the old staff, settings, the audit log.
    const hire = await onboardNewPerson((as, action, input) => call(as, action, input));
    covered.add('admin.teams.save').add('admin.staff.preregister').add('admin.invites.issue');
    expect(
      (await ok({ openid: 'o-new-hire' }, 'account.bindInvite', { code: hire.code, mobile: '13911112222' })).roles,
    ).toContain('staff');
    expect((await ok('admin', 'admin.staff.list', {})).items.map((s) => s.userId)).toEqual(
      expect.arrayContaining(['u-demo-staff', hire.userId]),
    );
    // Every team at once: the demo seed alone has more teams than the default page of 20.
    expect((await ok('admin', 'admin.teams.list', { limit: 100 })).items.map((t) => t.id)).toContain(hire.teamId);
    const other = await ok(
      'admin',
      'admin.staff.preregister',
      newPerson(hire.teamId, { name: '牛新员', mobile: '13933334444' }),
    );
    const unused = await ok('admin', 'admin.invites.issue', { staffUserId: other.userId });
    await ok('admin', 'admin.invites.revoke', { inviteId: unused.inviteId });
    expect(errorOf(await call('admin', 'admin.invites.qrcode', { inviteId: unused.inviteId })).code).toBe('CONFLICT');
    expect((await ok('admin', 'admin.invites.list', { staffUserId: other.userId })).items).toHaveLength(1);
    await ok('admin', 'admin.staff.setLeave', {
      staffUserId: hire.userId,
      isOnLeave: true,
      backupUserId: 'u-staff-sun',
    });
    await ok('admin', 'admin.staff.handover', { staffUserId: hire.userId, reason: '离职前移交' });
    await ok('admin', 'admin.staff.offboard', { staffUserId: hire.userId });
    const settings = await ok('admin', 'admin.settings.get', {});
    expect(settings.problems).toEqual([]);
    // The old settings/visits lacks the fair-use limit: the default stands in, and no problem is reported.
    const { capacityPerSlot, minNoticeWorkingDays, windowDays, cutoffHours, isAutoConfirm, slotStartMinutes } =
      settings.visits;
    expect(settings.visits.maxOpenVisitsPerParkWeek).toBe(2);
    expect(capacityPerSlot).toBeGreaterThan(0);
    await ok('admin', 'admin.settings.saveVisits', {
      capacityPerSlot: 6,
      minNoticeWorkingDays,
      windowDays,
      cutoffHours,
      isAutoConfirm,
      slotStartMinutes,
    });
    await ok('admin', 'admin.settings.saveCalendar', {
      overrides: [{ date: '2026-12-31', isWorking: false, note: '年终盘点' }],
    });
    await ok('admin', 'admin.settings.saveSubscribe', { templateIds: { visit_result: 'tmpl_visit_result_01' } });
    await ok('admin', 'admin.settings.saveProjects', { stall: { yellowAfterMonths: 1, redAfterMonths: 3 } });
    // The upgraded catalog: the office reads it, edits a category and schedules and withdraws a version.
    const eia = (await ok('admin', 'admin.categories.list', { query: '环评' })).items[0];
    expect(eia).toMatchObject({ problem: null, rules: [{ number: 1, state: 'current' }] });
    const { id: categoryId, name, summary, skill, order, isOnSite, materials, deskTeamId } = eia!;
    await ok('admin', 'admin.categories.save', {
      categoryId,
      name,
      summary,
      skill,
      order,
      isOnSite,
      isActive: true,
      materials,
      deskTeamId,
    });
    await ok('admin', 'admin.categories.save', newCategory());
    await ok(
      'admin',
      'admin.categories.addRules',
      newRules({ categoryId, effectiveFrom: addDays(localDate(deps.clock.now()), 3) }),
    );
    await ok('admin', 'admin.categories.withdrawRules', { categoryId, number: 2 });
    expect((await ok('admin', 'admin.audit.list', {})).items.length).toBeGreaterThan(0);
    expect((await ok('admin', 'admin.audit.verify', {})).isIntact).toBe(true);
    expect((await ok('admin', 'admin.audit.purge', {})).removed).toBe(0);

    // Projects (C6) over the old project documents, upgraded by 0003-project-fields.
    const old = await ok('staff', 'projects.get', { projectId: 'dezhi-hangchuang' });
    expect(old).toMatchObject({ stage: 'signed', status: 'signed', evidence: {}, creditCode: null });
    expect((await ok('staff', 'projects.list', { status: 'signed' })).items.map((p) => p.id)).toContain(old.id);
    expect((await ok('enterprise', 'projects.mine', {})).items.map((p) => p.id)).toContain(old.id);
    await ok('staff', 'projects.timeline', { projectId: old.id, cursor: '[9e15,"~"]' });
    await ok('staff', 'projects.edit', { projectId: old.id, landMu: 30 });
    const move = { to: 'construction', date: '2026-11-27', permitNo: '371426202611270001' };
    expect((await ok('staff', 'projects.advance', { projectId: old.id, move })).stage).toBe('construction');
    const registered = await ok('staff', 'projects.create', { name: '升级后登记的项目' });
    await ok('staff', 'projects.terminate', { projectId: registered.id, reason: '企业撤回' });
    expect((await ok('staff', 'projects.plan', { projectId: old.id, target: '2027-12-31' })).nodes).toHaveLength(9);
    expect(await ok('staff', 'projects.templates', {})).toHaveLength(1);
    // The old project gets a baseline plan whose nodes are work items, a replan, and a node its enterprise confirms.
    expect(
      (await ok('staff', 'projects.commitPlan', { projectId: old.id, target: '2027-12-31' })).plan!.nodes,
    ).toHaveLength(9);
    await ok('leader', 'projects.replan', { projectId: old.id, target: '2028-01-31', reason: '升级后调整计划' });
    await ok('enterprise', 'projects.confirmNode', { projectId: old.id, nodeKey: 'production' });
    await ok('staff', 'projects.leads', {});
    // No completed visit in the old data: 转为线索 refuses, and an unknown lead is not found.
    expect(errorOf(await call('staff', 'projects.leadFromVisit', { visitId: 'no-such-visit' })).code).toBe('NOT_FOUND');
    expect(errorOf(await call('staff', 'projects.fromLead', { leadId: 'no-such-lead' })).code).toBe('NOT_FOUND');
    // The old visit never became a lead: its link is empty for the booker, and an unknown visit is not found.
    expect(await ok('investor', 'projects.forVisit', { visitId: scene.visitId })).toEqual({
      leadId: null,
      leadStatus: null,
      projectId: null,
    });
    expect(errorOf(await call('staff', 'projects.forVisit', { visitId: 'no-such-visit' })).code).toBe('NOT_FOUND');

    // 现场评议 over the old data: the old teams are targets, the enterprise contact of the old project rates by code.
    const round = await ok('admin', 'evaluation.open', validRound());
    await ok('admin', 'evaluation.edit', { roundId: round.id, ...validRound({ title: '升级后的现场评议' }) });
    expect((await ok('admin', 'evaluation.rounds', {})).items.map((r) => r.id)).toContain(round.id);
    expect((await ok('admin', 'evaluation.projects', { query: '' })).items.length).toBeGreaterThan(0);
    // No image maker in this stack: the office is told to show the code as text.
    expect(errorOf(await call('admin', 'evaluation.qrcode', { roundId: round.id })).code).toBe('UNAVAILABLE');
    expect((await ok('staff', 'evaluation.toRate', {})).rounds).toHaveLength(1);
    const scored = { roundId: round.id, targetKey: 'team:svc-duty', scores: allScores(4) };
    await ok('enterprise', 'evaluation.submit', { ...scored, code: round.code });
    expect((await ok('admin', 'evaluation.round', { roundId: round.id })).submitted).toBe(1);
    expect((await ok('staff', 'evaluation.results', {})).round).toBeNull();
    // Green screening: the checklist arrives as a late seed (the server seeds at every start). The scratch copy
    // carries today's settings, markers included; the previous release had no checklist, hence no marker.
    await deps.store.remove('settings', 'seed-screening-items');
    await seedDatabase(deps.store, FIXED_NOW, { withDemoUsers: false });
    const checklist = await ok('staff', 'projects.screening.items', {});
    expect(checklist.length).toBeGreaterThan(0);
    const subject = { kind: 'project', id: registered.id };
    expect((await ok('staff', 'projects.screening.get', { subject })).screening).toBeNull();
    const answers = checklist.map((i) => ({ itemId: i.id, itemVersion: i.version, answer: 'unverified' }));
    expect((await ok('staff', 'projects.screening.submit', { subject, answers })).screening?.outcome).toBe('review');
    // The minutes are the staff member's own upload (screening claims it, as the stage evidence does).
    await insertUpload({ store: deps.store }, 'minutes-00001', 'u-demo-staff');
    const minutes = [{ fileId: 'upload:minutes-00001', name: '评审会纪要.pdf' }];
    const decided = await ok('staff', 'projects.screening.decide', {
      subject,
      minutes,
      heldOn: '2026-01-05',
      decision: 'rejected',
    });
    expect(decided.screening?.outcome).toBe('rejected');
    const { id, text, category, isVeto, needsEvidence, isActive, order: itemOrder, source } = checklist[0]!;
    const edit = {
      itemId: id,
      text,
      category,
      isVeto,
      needsEvidence,
      isActive,
      order: itemOrder,
      source,
      isSettled: true,
    };
    expect((await ok('admin', 'projects.screening.saveItem', edit)).version).toBe(2);

    expect([...covered].sort()).toEqual(Object.keys(ACTIONS).sort());
  }, 60_000);

  it('lets the scheduler raise 督办 on an old ticket once its deadline has passed', async () => {
    deps.clock = { now: () => Date.UTC(2027, 0, 20, 2, 0) };
    const sender = { send: async () => ({ ok: true as const }) };
    const report = await runTick(deps, { deadline: Number.MAX_SAFE_INTEGER, jobs: tickJobs(sender as never) });
    expect(report.failed).toEqual([]);
    const items = await store.find<{ id: string; version: number; ticketId: string }>('supervision_items', {
      limit: 100,
    });
    expect(items.items.map((i) => i.ticketId)).toContain(scene.tickets.assigned);
  });
});
