import type { StaffMember, Team } from '@core/identity';
import { memoryRoutingDirectory } from './memory-routing-directory';
import { routeTicket, type TicketRoutingRequest } from './route-ticket';
import { DEFAULT_ROUTING } from './service-rules';

const person = (id: string, over: Partial<StaffMember> = {}): StaffMember => ({
  id,
  version: 1,
  userId: id,
  name: `${id}专员`,
  title: '专员',
  skills: ['环评'],
  isActive: true,
  isOnLeave: false,
  backupUserId: null,
  lastAssignedAt: null,
  ...over,
});

const team = (id: string, kind: Team['kind'], memberIds: string[], over: Partial<Team> = {}): Team => ({
  id,
  version: 1,
  name: `${id}组`,
  kind,
  parkId: null,
  leaderUserId: `${id}-leader`,
  memberIds,
  ...over,
});

const TEAMS = [
  team('proj', 'project', ['p1', 'p2'], { leaderUserId: 'proj-leader' }),
  team('park', 'park_reception', ['k1'], { parkId: 'park-a', leaderUserId: 'park-leader' }),
  team('desk', 'category_desk', ['d1', 'd2']),
  team('duty', 'duty_desk', ['u1']),
];

const request = (over: Partial<TicketRoutingRequest> = {}): TicketRoutingRequest => ({
  category: { skill: '环评', deskTeamId: 'desk' },
  rules: DEFAULT_ROUTING,
  project: { name: '测试项目', teamId: 'proj', leaderUserId: 'proj-leader', parkId: 'park-a' },
  parkId: 'park-a',
  ...over,
});

const route = (
  staff: StaffMember[],
  over: Partial<TicketRoutingRequest> = {},
  loads: Record<string, number> = {},
  teams: Team[] = TEAMS,
) => routeTicket(request(over), memoryRoutingDirectory(teams, staff, new Map(Object.entries(loads))));

const everyone = ['p1', 'p2', 'k1', 'd1', 'd2', 'u1'];
const away = (ids: string[]) => everyone.map((id) => person(id, ids.includes(id) ? { isOnLeave: true } : {}));

describe('routeTicket: the fallback chain', () => {
  it.each([
    ['the project team first', [], 'p1', 'proj', '由proj组办理'],
    [
      'the park team when the project team has nobody',
      ['p1', 'p2'],
      'k1',
      'park',
      'proj组暂无可分派人员；由park组办理',
    ],
    [
      'the category desk when project and park teams have nobody',
      ['p1', 'p2', 'k1'],
      'd1',
      'desk',
      'proj组暂无可分派人员；park组暂无可分派人员；由desk组办理',
    ],
    ['the duty desk last', ['p1', 'p2', 'k1', 'd1', 'd2'], 'u1', 'duty', 'desk组暂无可分派人员；由duty组办理'],
  ])('%s', (_label, onLeave, assignee, teamId, reason) => {
    const routed = route(away(onLeave));
    expect(routed.assignee?.userId).toBe(assignee);
    expect(routed.teamId).toBe(teamId);
    expect(routed.teamIds[0]).toBe(teamId);
    expect(routed.reason).toContain(reason);
    // The project's leader answers for it whichever team works it.
    expect(routed.leaderUserId).toBe('proj-leader');
  });

  it('with nobody anywhere, leaves it to the leader and says so', () => {
    const routed = route(away(everyone));
    expect(routed).toMatchObject({ assignee: null, teamId: null, leaderUserId: 'proj-leader' });
    expect(routed.teamIds).toEqual(['proj', 'park', 'desk', 'duty']);
    expect(routed.reason).toMatch(/暂无可分派人员，待负责领导指派$/);
  });

  it('without a project goes to the park team, and the park leader is responsible', () => {
    const routed = route(away([]), { project: null });
    expect(routed).toMatchObject({ teamId: 'park', leaderUserId: 'park-leader' });
    expect(routed.assignee?.userId).toBe('k1');
  });

  it('without project or park goes to the category desk, with the desk leader responsible', () => {
    const routed = route(away([]), { project: null, parkId: null });
    expect(routed).toMatchObject({ teamId: 'desk', leaderUserId: 'desk-leader', teamIds: ['desk'] });
  });

  it('skips a missing team without failing', () => {
    const routed = route(
      away([]),
      {},
      {},
      TEAMS.filter((t) => t.id !== 'proj'),
    );
    expect(routed.teamId).toBe('park');
  });
});

describe('routeTicket: within a team', () => {
  it('someone on leave is covered by their named backup, even from outside the team', () => {
    const staff = [
      person('p1', { isOnLeave: true, backupUserId: 'k1' }),
      person('p2', { isActive: false }),
      person('k1'),
    ];
    const routed = route(staff);
    expect(routed).toMatchObject({ teamId: 'proj' });
    expect(routed.assignee?.userId).toBe('k1');
    expect(routed.reason).toContain('p1专员休假，由AB岗k1专员代岗');
  });

  it('prefers the category skill over lighter load', () => {
    const staff = [person('p1', { skills: [] }), person('p2')];
    const routed = route(staff, {}, { p2: 5 });
    expect(routed.assignee?.userId).toBe('p2');
    expect(routed.reason).toContain('具备“环评”业务能力');
  });

  it('without anyone skilled, picks among everyone available and says so', () => {
    const routed = route([person('p1', { skills: [] }), person('p2', { skills: [] })], {}, { p1: 1 });
    expect(routed.assignee?.userId).toBe('p2');
    expect(routed.reason).toContain('无人具备“环评”业务能力');
  });

  it('fewest open tickets first', () => {
    const routed = route(away([]), {}, { p1: 3, p2: 1 });
    expect(routed.assignee?.userId).toBe('p2');
    expect(routed.reason).toContain('在办工单最少（1）');
  });

  it('on a load tie, the longest since last assigned (round robin)', () => {
    const staff = [person('p1', { lastAssignedAt: 200 }), person('p2', { lastAssignedAt: 100 })];
    expect(route(staff, {}, { p1: 2, p2: 2 }).assignee?.userId).toBe('p2');
    const after = [person('p1', { lastAssignedAt: 200 }), person('p2', { lastAssignedAt: 300 })];
    expect(route(after, {}, { p1: 2, p2: 2 }).assignee?.userId).toBe('p1');
  });

  it('on a transfer, never back to the person handing it on', () => {
    const routed = route(away([]), { excludeUserIds: ['p1'] }, { p2: 9 });
    expect(routed.assignee?.userId).toBe('p2');
    const alone = route(away(['p2']), { excludeUserIds: ['p1'] });
    expect(alone.teamId).toBe('park');
  });

  it('is deterministic: the same input gives the same answer', () => {
    const a = route(away([]), {}, { p1: 1, p2: 1 });
    const b = route(away([]), {}, { p1: 1, p2: 1 });
    expect(a).toEqual(b);
    expect(a.assignee?.userId).toBe('p1');
  });
});
