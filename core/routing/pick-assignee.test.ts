import { pickAssignee, type RoutingCandidate } from './pick-assignee';

const person = (id: string, over: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  id,
  name: `${id}专员`,
  isActive: true,
  isOnLeave: false,
  backupId: null,
  skills: [],
  load: 0,
  lastAssignedAt: null,
  ...over,
});

const pick = (candidates: RoutingCandidate[], options: { skill?: string; backups?: RoutingCandidate[] } = {}) =>
  pickAssignee(candidates, { loadLabel: '待接待考察', ...options });

describe('pickAssignee', () => {
  it.each([
    ['the fewest open items', [person('a', { load: 2 }), person('b', { load: 1 })], 'b', '待接待考察最少（1）'],
    [
      'on equal load, the longest since last assigned (never assigned first)',
      [
        person('a', { load: 1, lastAssignedAt: 50 }),
        person('b', { load: 1, lastAssignedAt: 10 }),
        person('c', { load: 1, lastAssignedAt: null }),
      ],
      'c',
      '并列最少（1），距上次分派最久',
    ],
    [
      'on equal load and idle time, the lower id',
      [person('b', { lastAssignedAt: 5 }), person('a', { lastAssignedAt: 5 })],
      'a',
      '按编号顺序',
    ],
    [
      'active people before those who left, even with more load',
      [person('a', { isActive: false }), person('b', { load: 9 })],
      'b',
      '为唯一可分派人员',
    ],
    [
      'the named backup of someone on leave',
      [
        person('a', { isOnLeave: true, backupId: 'b', load: 0 }),
        person('b', { load: 3 }),
        person('c', { load: 3, lastAssignedAt: 1 }),
      ],
      'b',
      'a专员休假，由AB岗b专员代岗',
    ],
  ])('prefers %s', (_label, candidates, expectedId, reasonPart) => {
    const choice = pick(candidates);
    expect(choice?.assignee.id).toBe(expectedId);
    expect(choice?.reason).toContain(reasonPart);
    expect(choice?.reason.startsWith(`分派给${expectedId}专员：`)).toBe(true);
  });

  it('brings in a backup from outside the team when the only member is on leave', () => {
    const choice = pick([person('a', { isOnLeave: true, backupId: 'x' })], { backups: [person('x', { load: 4 })] });
    expect(choice?.assignee.id).toBe('x');
    expect(choice?.reason).toBe('分派给x专员：a专员休假，由AB岗x专员代岗；为唯一可分派人员');
  });

  it('returns null when nobody can work and no backup can cover', () => {
    expect(pick([])).toBeNull();
    expect(pick([person('a', { isOnLeave: true, backupId: 'b' }), person('b', { isOnLeave: true })])).toBeNull();
    expect(pick([person('a', { isOnLeave: true, backupId: 'gone' })])).toBeNull();
  });

  it('prefers a skill when someone available has it, and says when nobody does', () => {
    const team = [person('a', { skills: ['环评'], load: 5 }), person('b', { load: 0 })];
    expect(pick(team, { skill: '环评' })?.assignee.id).toBe('a');
    expect(pick(team, { skill: '环评' })?.reason).toContain('具备“环评”业务能力');
    const none = pick(team, { skill: '消防' });
    expect(none?.assignee.id).toBe('b');
    expect(none?.reason).toContain('无人具备“消防”业务能力');
  });

  it('gives the same answer whatever the input order', () => {
    const team = [person('c', { load: 1 }), person('a', { load: 1 }), person('b', { load: 1 })];
    const answers = [team, [...team].reverse(), [team[1], team[2], team[0]] as RoutingCandidate[]].map(
      (order) => pick(order)?.assignee.id,
    );
    expect(answers).toEqual(['a', 'a', 'a']);
  });
});
