import { utcMsAt, addDays } from '@core/kernel/calendar/local-date';
import { escalateDueTickets } from '@core/sla';
import { DEFAULT_STALL_RULE, settingsReader } from '@core/settings';
import { dataOf, errorOf, setNow } from '@tests/support/dispatch-kit';
import { SIGNED_PROJECT_ID } from '@tests/support/project-fixture';
import { type TestStack } from '@tests/support/temp-sqlite-store';
import { eachTestOnStack, type Send } from '@tests/support/handler-test';
import type { ProjectView } from '../project-view';
import { DEFAULT_INDUSTRIAL_TEMPLATE } from '../project-template';

let stack: TestStack;
let send: Send;
eachTestOnStack((opened, sender) => ([stack, send] = [opened, sender]));

/** FIXED_NOW is Fri 2026-11-27 10:00 (+08:00); the default template needs about 180 working days. */
const TARGET = '2027-12-31';
const WU = { openid: 'seed-u-staff-wu' };
const nodeOf = (view: ProjectView, key: string) => view.plan!.nodes.find((n) => n.key === key)!;
const nodeTickets = async () =>
  (await stack.store.find('tickets', { where: { ownerUserId: 'system:project-nodes' }, limit: 100 })).items;
const commit = async () =>
  dataOf(await send('staff', 'projects.commitPlan', { projectId: SIGNED_PROJECT_ID, target: TARGET }));

describe('a committed plan: nodes become owned, deadlined work items', () => {
  it('files one 项目节点 ticket per node, owned by its team, 督办 to the project leader, and never twice', async () => {
    const view = await commit();
    expect(view.plan).toMatchObject({ target: TARGET, baselineTarget: TARGET, replans: 0 });
    expect(view.plan!.nodes.map((n) => n.key)).toEqual([
      'filing',
      'land',
      'planning',
      'eia',
      'energy',
      'permit',
      'construction',
      'acceptance',
      'production',
    ]);
    const filing = nodeOf(view, 'filing');
    expect(filing).toMatchObject({
      status: 'on_track',
      waitsOn: 'zone',
      driftWd: 0,
      owner: { kind: 'team', id: 'svc-desk-permits', teamName: '帮办代办窗口' },
    });
    expect(filing.owner.people.map((p) => p.name)).toContain('吴专员（演示）');
    // 投产 (试生产) is the enterprise's own node, worked by the project's 一套班子.
    expect(nodeOf(view, 'production')).toMatchObject({ waitsOn: 'enterprise', latestFinish: '2027-12-30' });
    expect(nodeOf(view, 'production').owner.teamId).toBe('svc-project-dezhi-hangchuang');
    expect(view.colour).toBe('on_track');

    const tickets = await nodeTickets();
    expect(tickets).toHaveLength(9);
    const filingTicket = tickets.find((t) => t.id === filing.workItemId)!;
    expect(filingTicket).toMatchObject({
      categoryName: '项目节点',
      projectId: SIGNED_PROJECT_ID,
      nodeKey: 'filing',
      status: 'submitted',
      openTeamId: 'svc-desk-permits',
      leaderUserId: 'u-demo-leader',
    });
    // Due at the end of its latest finish day: the 办结 clock reaches there and no further.
    expect(filingTicket.slaCheckAt).toBeLessThan(utcMsAt(addDays(filing.latestFinish!, 1), 0));

    expect(
      errorOf(await send('staff', 'projects.commitPlan', { projectId: SIGNED_PROJECT_ID, target: TARGET })),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await nodeTickets()).toHaveLength(9);
  });

  it('refuses a target the nodes cannot make, naming how late, and writes nothing', async () => {
    const answer = await send('staff', 'projects.commitPlan', { projectId: SIGNED_PROJECT_ID, target: '2027-03-01' });
    expect(errorOf(answer)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/个工作日/) });
    expect(await stack.store.get('project_plans', SIGNED_PROJECT_ID)).toBeNull();
    expect(await nodeTickets()).toHaveLength(0);
  });

  it('follows the work item: accepted → started, resolved → done; red once overdue, 督办 to the project leader and a ledger line', async () => {
    const view = await commit();
    const filing = nodeOf(view, 'filing');
    dataOf(await send(WU, 'tickets.accept', { ticketId: filing.workItemId! }));
    let now = dataOf(await send('staff', 'projects.get', { projectId: SIGNED_PROJECT_ID }));
    expect(nodeOf(now, 'filing').startedAt).not.toBeNull();

    // The working day after filing's latest finish, 10:00: it is red, and so is the project.
    const late = utcMsAt(addDays(filing.latestFinish!, 1), 10);
    setNow(stack, late);
    now = dataOf(await send('staff', 'projects.get', { projectId: SIGNED_PROJECT_ID }));
    expect(nodeOf(now, 'filing').status).toBe('red');
    expect(now).toMatchObject({ colour: 'red', colourText: '红灯：有节点超期' });
    const card = dataOf(await send('leader', 'projects.list', { status: 'signed' })).items.find(
      (c) => c.id === SIGNED_PROJECT_ID,
    );
    expect(card).toMatchObject({ colour: 'red' });

    await escalateDueTickets(stack.deps);
    const items = (
      await stack.store.find('supervision_items', { where: { leaderUserId: 'u-demo-leader' }, limit: 100 })
    ).items;
    expect(items.filter((i) => i.ticketId === filing.workItemId).map((i) => i.level)).toEqual(['leader']);
    const ledger = (
      await stack.store.find('assessment_ledger', {
        where: { subjectId: { in: ['u-staff-wu', 'svc-desk-permits'] } },
        limit: 100,
      })
    ).items.filter((l) => l.ticketId === filing.workItemId);
    expect(ledger.map((l) => [l.kind, l.subjectId]).sort()).toEqual([
      ['breach', 'svc-desk-permits'],
      ['breach', 'u-staff-wu'],
    ]);

    dataOf(await send(WU, 'tickets.resolve', { ticketId: filing.workItemId!, summary: '已完成立项备案' }));
    now = dataOf(await send('staff', 'projects.get', { projectId: SIGNED_PROJECT_ID }));
    expect(nodeOf(now, 'filing').status).toBe('done');
  });
});

describe('the plan editor’s changes are saved as previewed', () => {
  const templateNode = (key: string) => DEFAULT_INDUSTRIAL_TEMPLATE.nodes.find((n) => n.key === key)!;
  const override = (key: string, over: { durationWd?: number; coveredByZoneAssessment?: boolean }) => ({
    key,
    durationWd: over.durationWd ?? templateNode(key).durationWd,
    predecessors: [...templateNode(key).predecessors],
    coveredByZoneAssessment: over.coveredByZoneAssessment ?? false,
  });

  it('commits the overridden duration and 区域评估已覆盖, with the dates the preview showed', async () => {
    const overrides = [override('production', { durationWd: 10 }), override('eia', { coveredByZoneAssessment: true })];
    const input = { projectId: SIGNED_PROJECT_ID, target: TARGET, overrides };
    const preview = dataOf(await send('staff', 'projects.plan', input));
    const view = dataOf(await send('staff', 'projects.commitPlan', input));
    // 投产 takes 10 working days, ending the working day before the target: 2027-12-17..12-30.
    expect(nodeOf(view, 'production')).toMatchObject({ latestStart: '2027-12-17', latestFinish: '2027-12-30' });
    expect(
      (await stack.store.get('project_plans', SIGNED_PROJECT_ID))!.nodes.find((n) => n.key === 'production'),
    ).toMatchObject({ durationWd: 10, baselineStart: '2027-12-17' });
    expect(view.plan!.nodes.map((n) => [n.key, n.latestStart, n.latestFinish])).toEqual(
      preview.nodes.map((n) => [n.key, n.latestStart, n.latestFinish]),
    );
    expect(nodeOf(view, 'eia')).toMatchObject({ covered: true, workItemId: null });
    expect(await nodeTickets()).toHaveLength(8);
  });

  it('replans with a new duration; refuses an unknown node or a change of 区域评估已覆盖, writing nothing', async () => {
    await commit();
    const bad = [
      [override('production', {}), { ...override('production', {}), key: 'no-such-node' }],
      [override('eia', { coveredByZoneAssessment: true })],
    ];
    for (const overrides of bad) {
      const answer = await send('staff', 'projects.replan', {
        projectId: SIGNED_PROJECT_ID,
        target: TARGET,
        reason: '调整工期',
        overrides,
      });
      expect(errorOf(answer)).toMatchObject({ code: 'INVALID_INPUT', field: 'overrides' });
    }
    expect((await stack.store.get('project_plans', SIGNED_PROJECT_ID))!.replans).toBe(0);
    const replanned = dataOf(
      await send('staff', 'projects.replan', {
        projectId: SIGNED_PROJECT_ID,
        target: TARGET,
        reason: '试生产需延长',
        overrides: [override('production', { durationWd: 10 })],
      }),
    );
    expect(nodeOf(replanned, 'production')).toMatchObject({
      baselineStart: '2027-12-24',
      latestStart: '2027-12-17',
      latestFinish: '2027-12-30',
    });
  });
});

describe('replan against the frozen baseline', () => {
  it('moves the dates and the open work items, keeps the baseline, shows the drift, audits and tells the timeline', async () => {
    // Planned on Mon 2025-03-03 for 2026-01-30, then moved across 春节 2026 (02-15..02-23 off, 调休 Saturday 02-14).
    setNow(stack, utcMsAt('2025-03-03', 10));
    const first = dataOf(
      await send('staff', 'projects.commitPlan', { projectId: SIGNED_PROJECT_ID, target: '2026-01-30' }),
    );
    expect(nodeOf(first, 'production')).toMatchObject({ latestStart: '2026-01-23', latestFinish: '2026-01-29' });
    const ticketId = nodeOf(first, 'production').workItemId!;
    const dueBefore = (await stack.store.get('tickets', ticketId))!.targets.resolutionWorkingDays;
    const replanned = dataOf(
      await send('leader', 'projects.replan', {
        projectId: SIGNED_PROJECT_ID,
        target: '2026-02-27',
        reason: '企业调整投产计划',
      }),
    );
    const production = nodeOf(replanned, 'production');
    expect(production).toMatchObject({ baselineFinish: '2026-01-29', latestFinish: '2026-02-26' });
    // (01-29, 02-26]: 01-30, 02-02..06, 02-09..13, 02-14 (调休), 02-24..26 — the holiday does not count.
    expect(production.driftWd).toBe(15);
    expect(replanned.plan).toMatchObject({ replans: 1, baselineTarget: '2026-01-30', target: '2026-02-27' });
    expect(replanned.timeline.at(-1)!.text).toMatch(/重新排期（第1次）.*原因：企业调整投产计划/);
    // The same work items, due 15 working days later.
    expect(await nodeTickets()).toHaveLength(9);
    const dueAfter = (await stack.store.get('tickets', ticketId))!.targets.resolutionWorkingDays;
    expect(dueAfter - dueBefore).toBeCloseTo(15, 5);
    const audit = (await stack.store.find('audit_log', { limit: 100 })).items.filter(
      (a) => a.action === 'projects.replan',
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ target: `project_plans/${SIGNED_PROJECT_ID}` });
  });

  it('needs a plan first', async () => {
    const answer = await send('staff', 'projects.replan', {
      projectId: SIGNED_PROJECT_ID,
      target: TARGET,
      reason: '调整',
    });
    expect(errorOf(answer).code).toBe('CONFLICT');
  });
});

describe('the enterprise confirms the nodes that wait on it', () => {
  it('its own node is closed and done; a zone node is refused; only its contact may', async () => {
    await commit();
    const done = dataOf(
      await send('enterprise', 'projects.confirmNode', { projectId: SIGNED_PROJECT_ID, nodeKey: 'production' }),
    );
    expect(nodeOf(done, 'production')).toMatchObject({ status: 'done' });
    expect((await stack.store.get('tickets', nodeOf(done, 'production').workItemId!))!.status).toBe('closed');
    expect(done.timeline.at(-1)!.text).toBe('企业确认「投产」已完成');

    const zoneNode = await send('enterprise', 'projects.confirmNode', {
      projectId: SIGNED_PROJECT_ID,
      nodeKey: 'filing',
    });
    expect(errorOf(zoneNode).code).toBe('CONFLICT');
    const stranger = await send('investor', 'projects.confirmNode', {
      projectId: SIGNED_PROJECT_ID,
      nodeKey: 'production',
    });
    expect(errorOf(stranger).code).toBe('NOT_FOUND');
  });
});

describe('the stall rule is the office’s (settings/projects)', () => {
  it('saved within bounds is obeyed; a hand edit outside them is reported and the defaults apply', async () => {
    const saved = dataOf(
      await send('admin', 'admin.settings.saveProjects', { stall: { yellowAfterMonths: 2, redAfterMonths: 5 } }),
    );
    expect(saved.stallRule).toEqual({ yellowAfterMonths: 2, redAfterMonths: 5 });
    const doc = (await stack.store.get('settings', 'projects'))!;
    await stack.store.update('settings', 'projects', doc.version, {
      stall: { yellowAfterMonths: 9, redAfterMonths: 3 },
    });
    expect(await settingsReader(stack.store).stallRule()).toEqual({
      value: DEFAULT_STALL_RULE,
      problem: { key: 'projects', field: 'stall.yellowAfterMonths', message: '黄灯时限不超过6个月' },
    });
  });
});
