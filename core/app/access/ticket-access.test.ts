import type { ActionName } from '../contract/actions';
import { dashboardActions } from '@core/dashboard';
import { supervisionActions } from '@core/sla';
import { ticketActions } from '@core/tickets/ticket-actions';
import { dataOf, errorOf, snapshotAll, type As } from '@tests/support/dispatch-kit';
import { addUser, seededStaff, validTicket } from '@tests/support/ticket-fixture';
import { useTestStack } from '@tests/support/use-test-stack';

let ticketId: string;
const kit = useTestStack(async () => {
  ticketId = dataOf(await kit.send('enterprise', 'tickets.create', validTicket())).id;
  dataOf(await kit.send('staff', 'tickets.note', { ticketId, text: '内部：企业资金已到位' }));
});

describe('who sees a ticket', () => {
  it.each<[string, () => Promise<As>, string | null]>([
    ['the enterprise that filed it', async () => 'enterprise', 'owner'],
    ['the assignee', async () => 'staff', 'assignee'],
    ['the responsible leader', async () => 'leader', 'leader'],
    ['another enterprise', () => addUser(kit.stack, 'u-other-ent', ['enterprise']), null],
    ['an investor', async () => 'investor', null],
    ['staff of another team', async () => seededStaff('u-staff-chen'), null],
    ['a leader of other teams', async () => seededStaff('u-leader-qian'), null],
    // 督办 and the dashboard's overdue list send the office to any ticket: it reads, it changes nothing.
    ['the office (admin)', async () => 'admin', 'office'],
  ])('%s', async (_label, who, role) => {
    const as = await who();
    const answer = await kit.send(as, 'tickets.get', { ticketId });
    if (role === null) {
      expect(errorOf(answer).code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
      return;
    }
    expect(dataOf(answer).viewerRoles).toContain(role);
  });

  it('keeps internal notes and routing reasons from the enterprise, shows them to staff and the leader', async () => {
    const owner = dataOf(await kit.send('enterprise', 'tickets.get', { ticketId }));
    expect(owner.timeline.some((e) => e.isInternal)).toBe(false);
    expect(owner.timeline.map((e) => e.text)).not.toContain('内部：企业资金已到位');
    for (const as of ['staff', 'leader'] as const) {
      const view = dataOf(await kit.send(as, 'tickets.get', { ticketId }));
      expect(view.timeline.map((e) => e.text)).toContain('内部：企业资金已到位');
    }
  });

  it('masks phone and credit code except to the enterprise and the assignee', async () => {
    expect(dataOf(await kit.send('staff', 'tickets.get', { ticketId }))).toMatchObject({
      contactPhone: '13800138002',
      creditCode: '91350100M000100Y43',
    });
    expect(dataOf(await kit.send('leader', 'tickets.get', { ticketId }))).toMatchObject({
      contactPhone: '138****8002',
      creditCode: '9135**********0Y43',
    });
  });

  it('lists only the caller’s own tickets in 我的服务', async () => {
    const other = await addUser(kit.stack, 'u-other-ent', ['enterprise']);
    dataOf(await kit.send(other, 'tickets.create', validTicket({ projectId: null, enterpriseName: '别家公司' })));
    const mine = dataOf(await kit.send('enterprise', 'tickets.mine', {}));
    expect(mine.items.map((t) => t.id)).toEqual([ticketId]);
    expect(dataOf(await kit.send(other, 'tickets.mine', {})).items.map((t) => t.enterpriseName)).toEqual(['别家公司']);
    expect(dataOf(await kit.send('enterprise', 'tickets.myProjects', {})).items.map((p) => p.id)).toEqual([
      'dezhi-hangchuang',
    ]);
  });

  it('refuses staff actions to anyone outside the ticket, and enterprise actions to staff', async () => {
    const outsider = seededStaff('u-staff-chen');
    expect(errorOf(await kit.send(outsider, 'tickets.accept', { ticketId })).code).toBe('NOT_FOUND');
    expect(errorOf(await kit.send(outsider, 'tickets.note', { ticketId, text: '看看' })).code).toBe('NOT_FOUND');
    expect(errorOf(await kit.send('enterprise', 'tickets.accept', { ticketId })).code).toBe('FORBIDDEN');
    expect(errorOf(await kit.send('enterprise', 'tickets.inbox', {})).code).toBe('FORBIDDEN');
    expect(errorOf(await kit.send('staff', 'tickets.cancel', { ticketId, reason: '替企业取消' })).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await kit.send('leader', 'tickets.resolve', { ticketId, summary: '领导直接办结' })).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the office reading a ticket', () => {
  it('sees the internal timeline, masked personal data, and may make no change', async () => {
    const view = dataOf(await kit.send('admin', 'tickets.get', { ticketId }));
    expect(view.viewerRoles).toEqual(['office']);
    expect(view.timeline.map((e) => e.text)).toContain('内部：企业资金已到位');
    expect(view).toMatchObject({ contactPhone: '138****8002', creditCode: '9135**********0Y43' });
    expect(Object.values(view.can).some(Boolean)).toBe(false);
    expect(errorOf(await kit.send('admin', 'tickets.accept', { ticketId })).code).toBe('FORBIDDEN');
    expect(errorOf(await kit.send('admin', 'tickets.note', { ticketId, text: '办公室看看' })).code).toBe('FORBIDDEN');
  });
});

describe('colleagues to hand a ticket to', () => {
  it('lists the people of the ticket’s teams, page by page, only to those involved', async () => {
    const first = dataOf(await kit.send('staff', 'tickets.colleagues', { ticketId, limit: 1 }));
    const second = dataOf(await kit.send('staff', 'tickets.colleagues', { ticketId, limit: 1, cursor: first.next }));
    expect([...first.items, ...second.items]).toEqual([
      { userId: 'u-demo-staff', name: '张专员（演示）', title: '招商服务专员', isOnLeave: false },
      { userId: 'u-staff-liu', name: '刘专员（演示）', title: '招商服务专员', isOnLeave: true },
    ]);
    expect(second.next).toBeNull();
    expect(errorOf(await kit.send(seededStaff('u-staff-chen'), 'tickets.colleagues', { ticketId })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('staff inbox', () => {
  it('counts and lists 我的待办 / 团队 / 已办结 / 负责项目, paged', async () => {
    for (let i = 0; i < 2; i += 1) dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    const inbox = dataOf(await kit.send('staff', 'tickets.inbox', { tab: 'mine', limit: 2 }));
    // 团队 opens on the project team, the first stop of routing, before the park's reception team.
    expect(inbox.teamId).toBe('svc-project-changcheng-jindian');
    expect(inbox.teams.map((t) => t.id).at(-1)).toBe('reception-jingde-smart');
    expect(inbox.counts).toEqual({ mine: 3, team: 0, resolved: 0, led: 0 });
    expect(inbox.items).toHaveLength(2);
    const rest = dataOf(await kit.send('staff', 'tickets.inbox', { tab: 'mine', limit: 2, cursor: inbox.next }));
    expect(rest.items).toHaveLength(1);
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    dataOf(await kit.send('staff', 'tickets.resolve', { ticketId, summary: '已办理完成' }));
    const after = dataOf(
      await kit.send('staff', 'tickets.inbox', { tab: 'team', teamId: 'svc-project-dezhi-hangchuang' }),
    );
    expect(after.counts).toMatchObject({ mine: 2, team: 2, resolved: 1 });
    expect(after.teams.map((t) => t.id)).toContain('svc-project-dezhi-hangchuang');
    const led = dataOf(await kit.send('leader', 'tickets.inbox', { tab: 'led' }));
    expect(led.counts.led).toBe(2);
    expect(errorOf(await kit.send('staff', 'tickets.inbox', { tab: 'team', teamId: 'svc-duty' })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('opens to the office on every team’s open work, with nothing of its own', async () => {
    const other = dataOf(await kit.send('enterprise', 'tickets.create', validTicket({ projectId: null }))).id;
    const overview = dataOf(await kit.send('admin', 'tickets.inbox', { tab: 'team' }));
    expect(overview.teamId).toBeNull();
    expect(overview.items.map((t) => t.id).sort()).toEqual([ticketId, other].sort());
    expect(overview.counts.team).toBe(2);
    const office = dataOf(
      await kit.send('admin', 'tickets.inbox', { tab: 'team', teamId: 'svc-project-dezhi-hangchuang' }),
    );
    expect(office.counts).toEqual({ mine: 0, team: 1, resolved: 0, led: 0 });
    expect(office.items.map((t) => t.id)).toEqual([ticketId]);
    const everyTeam = office.teams.map((t) => t.id);
    expect(everyTeam).toEqual(expect.arrayContaining(['svc-project-dezhi-hangchuang', 'reception-jingde-smart']));
    expect(everyTeam.length).toBe(await kit.stack.store.count('teams'));
    expect(dataOf(await kit.send('admin', 'tickets.inbox', { tab: 'team', teamId: 'svc-duty' })).teamId).toBe(
      'svc-duty',
    );
  });
});

describe('bad input for every ticket action: INVALID_INPUT with the field, nothing written', () => {
  const BAD: Record<Exclude<ActionName, 'tickets.catalog'> & `tickets.${string}`, [As, () => object, string]> = {
    'tickets.myProjects': ['enterprise', () => ({ limit: 1000 }), 'limit'],
    'tickets.create': ['enterprise', () => validTicket({ contactPhone: '12345678901' }), 'contactPhone'],
    'tickets.mine': ['enterprise', () => ({ cursor: 5 }), 'cursor'],
    'tickets.get': ['enterprise', () => ({ ticketId: '' }), 'ticketId'],
    'tickets.timeline': ['enterprise', () => ({ ticketId }), 'cursor'],
    'tickets.attachmentLink': ['enterprise', () => ({ ticketId, fileId: 'https://x.example/a.pdf' }), 'fileId'],
    'tickets.cancel': ['enterprise', () => ({ ticketId, reason: '' }), 'reason'],
    'tickets.supplement': ['enterprise', () => ({ ticketId }), 'text'],
    'tickets.reopen': ['enterprise', () => ({ ticketId, reason: 'x' }), 'reason'],
    'tickets.close': ['enterprise', () => ({ ticketId, rating: 6 }), 'rating'],
    'tickets.inbox': ['staff', () => ({ tab: 'all' }), 'tab'],
    'tickets.colleagues': ['staff', () => ({ ticketId, limit: 0 }), 'limit'],
    'tickets.accept': ['staff', () => ({}), 'ticketId'],
    'tickets.transfer': ['staff', () => ({ ticketId, reason: '交接', toUserId: 7 }), 'toUserId'],
    'tickets.reassign': ['leader', () => ({ ticketId, reason: '调整分工' }), 'toUserId'],
    'tickets.requestMaterials': ['staff', () => ({ ticketId, materials: [] }), 'materials'],
    'tickets.note': ['staff', () => ({ ticketId, text: '   ' }), 'text'],
    'tickets.reply': ['staff', () => ({ ticketId, text: 'x'.repeat(1001) }), 'text'],
    'tickets.resolve': ['staff', () => ({ ticketId }), 'summary'],
    'tickets.supervision': ['leader', () => ({ level: 'city' }), 'level'],
    'tickets.ledger': ['admin', () => ({ subjectId: '' }), 'subjectId'],
    'tickets.followUps': ['leader', () => ({ status: 'done' }), 'status'],
    'tickets.recordFollowUp': ['leader', () => ({ followUpId: 'f-1', who: '王经理', at: 0, said: '' }), 'said'],
    'tickets.closeFollowUp': ['leader', () => ({ followUpId: 'f-1' }), 'summary'],
    'tickets.dashboard': ['leader', () => ({ preset: 'year' }), 'preset'],
    'tickets.ledgerPage': ['admin', () => ({ preset: 'custom', fromDate: '2026-12-01' }), 'toDate'],
    'tickets.export': ['admin', () => ({ report: 'everything' }), 'report'],
  };

  it('covers every ticket action but the public catalog', () => {
    expect(Object.keys(BAD).sort()).toEqual(
      Object.keys({ ...ticketActions, ...supervisionActions, ...dashboardActions })
        .filter((a) => a !== 'tickets.catalog')
        .sort(),
    );
  });

  it.each(Object.entries(BAD))('%s', async (action, [as, input, field]) => {
    const before = await snapshotAll(kit.stack);
    const answer = await kit.send(as, action as ActionName, input());
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(await snapshotAll(kit.stack)).toEqual(before);
  });

  it('a mutation without a requestId is refused too', async () => {
    const answer = await kit.send('staff', 'tickets.accept', { ticketId }, '');
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_INPUT', field: 'requestId' });
  });
});
