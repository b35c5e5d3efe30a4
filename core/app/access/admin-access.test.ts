import { errorOf, type As } from '@tests/support/dispatch-kit';
import { deskTeam, newPerson, onboardNewPerson } from '@tests/support/onboarding-fixture';
import { recordingInviteImages } from '@tests/support/invite-images';
import type { ActionName } from '../contract/actions';
import { DEFAULT_VISIT_SETTINGS } from '@core/settings';
import { newCategory, newRules, scheduleRules } from '@tests/support/category-fixture';
import { C, F, U, unlisted, useAccessStack, type Outcome, OFFICE_CALLERS } from '@tests/support/access-matrix';

const kit = useAccessStack(async () => {
  kit.stack.deps.inviteImages = recordingInviteImages();
  await scheduleRules(kit.stack);
});

const CALLERS = OFFICE_CALLERS;

const ADMIN_ONLY: Outcome[] = [U, F, F, F, F, F, 'ok', F];
const READERS: Outcome[] = [U, F, F, F, F, F, 'ok', 'ok'];

interface Fixture {
  teamId: string;
  userId: string;
  code: string;
  inviteId: string;
}
const { id: _id, version: _version, ...visitFields } = DEFAULT_VISIT_SETTINGS;

/** Expected outcome per caller, in CALLERS order. */
const MATRIX: [ActionName, Outcome[], (f: Fixture) => Record<string, unknown>][] = [
  ['account.bindInvite', [U, 'ok', C, C, C, C, C, C], (f) => ({ code: f.code, mobile: '13911112222' })],
  ['admin.staff.list', ADMIN_ONLY, () => ({ query: '马' })],
  ['admin.staff.preregister', ADMIN_ONLY, (f) => newPerson(f.teamId, { name: '牛二员', mobile: '13911113333' })],
  [
    'admin.staff.setLeave',
    ADMIN_ONLY,
    () => ({ staffUserId: 'u-staff-sun', isOnLeave: true, backupUserId: 'u-staff-zhou' }),
  ],
  ['admin.staff.offboard', ADMIN_ONLY, (f) => ({ staffUserId: f.userId })],
  ['admin.staff.handover', ADMIN_ONLY, (f) => ({ staffUserId: f.userId, reason: '休假移交' })],
  ['admin.invites.issue', ADMIN_ONLY, (f) => ({ staffUserId: f.userId })],
  ['admin.invites.revoke', ADMIN_ONLY, (f) => ({ inviteId: f.inviteId })],
  ['admin.invites.list', ADMIN_ONLY, (f) => ({ staffUserId: f.userId })],
  ['admin.invites.qrcode', ADMIN_ONLY, (f) => ({ inviteId: f.inviteId })],
  ['admin.teams.list', ADMIN_ONLY, () => ({})],
  ['admin.teams.save', ADMIN_ONLY, (f) => deskTeam({ teamId: f.teamId, name: '项目备案窗口二' })],
  ['admin.settings.get', ADMIN_ONLY, () => ({})],
  ['admin.settings.saveVisits', ADMIN_ONLY, () => ({ ...visitFields, capacityPerSlot: 3 })],
  [
    'admin.settings.saveCalendar',
    ADMIN_ONLY,
    () => ({ overrides: [{ date: '2027-01-30', isWorking: true, note: '春节调休上班' }] }),
  ],
  ['admin.settings.saveSubscribe', ADMIN_ONLY, () => ({ templateIds: { visit_result: 'Abc123_-xyZ0' } })],
  ['admin.settings.saveProjects', ADMIN_ONLY, () => ({ stall: { yellowAfterMonths: 2, redAfterMonths: 4 } })],
  ['admin.audit.list', READERS, () => ({})],
  ['admin.audit.verify', READERS, () => ({})],
  ['admin.audit.purge', ADMIN_ONLY, () => ({})],
  ['admin.categories.list', ADMIN_ONLY, () => ({ query: '环评' })],
  ['admin.categories.save', ADMIN_ONLY, () => newCategory()],
  ['admin.categories.addRules', ADMIN_ONLY, () => newRules()],
  ['admin.categories.withdrawRules', ADMIN_ONLY, () => ({ categoryId: 'policy-subsidy', number: 2 })],
];

const cases = MATRIX.flatMap(([action, outcomes, input]) =>
  CALLERS.map(([label, as], i) => [action, label, as, outcomes[i] as Outcome, input] as const),
);

describe('admin: every action × every role', () => {
  it('covers every admin action and the bind', async () => {
    // The office's catalogue edits have their own matrix (catalog-office-access.test.ts).
    const isAdminAction = (a: string) =>
      (a.startsWith('admin.') || a === 'account.bindInvite') && !a.startsWith('admin.catalog.');
    expect(unlisted(isAdminAction, MATRIX)).toEqual([]);
  });

  it.each(cases)('%s as %s → %s', async (action, _label, as, expected, input) => {
    const fixture = await onboardNewPerson(kit.send);
    const answer = await kit.send(as, action, input(fixture));
    if (expected === 'ok') expect(answer).toMatchObject({ ok: true });
    else expect(errorOf(answer).code).toBe(expected);
  });
});

const BAD_INPUTS: [ActionName, As, (f: Fixture) => Record<string, unknown>, string][] = [
  ['admin.staff.handover', 'admin', (f) => ({ staffUserId: f.userId, reason: '休' }), 'reason'],
  ['admin.staff.handover', 'admin', () => ({ staffUserId: '', reason: '休假移交' }), 'staffUserId'],
  ['account.bindInvite', { openid: 'o-new' }, (f) => ({ code: f.code, mobile: '1391111222' }), 'mobile'],
  ['account.bindInvite', { openid: 'o-new' }, () => ({ code: 'ABC', mobile: '13911112222' }), 'code'],
  ['account.bindInvite', { openid: 'o-new' }, (f) => ({ code: f.code, mobile: '13911112222', openid: 'x' }), 'openid'],
  ['admin.staff.list', 'admin', () => ({ query: 'x'.repeat(31) }), 'query'],
  ['admin.staff.list', 'admin', () => ({ limit: 101 }), 'limit'],
  ['admin.staff.preregister', 'admin', (f) => newPerson(f.teamId, { name: '马' }), 'name'],
  ['admin.staff.preregister', 'admin', (f) => newPerson(f.teamId, { name: '马\u202e新员' }), 'name'],
  ['admin.staff.preregister', 'admin', (f) => newPerson(f.teamId, { mobile: '23911112222' }), 'mobile'],
  ['admin.staff.preregister', 'admin', (f) => newPerson(f.teamId, { roles: [] }), 'roles'],
  ['admin.staff.preregister', 'admin', (f) => ({ ...newPerson(f.teamId), roles: ['admin'] }), 'roles.0'],
  ['admin.staff.preregister', 'admin', (f) => newPerson(f.teamId, { teamIds: ['nope'] }), 'teamIds'],
  ['admin.staff.preregister', 'admin', (f) => newPerson(f.teamId, { backupUserId: 'nope' }), 'backupUserId'],
  ['admin.staff.preregister', 'admin', (f) => newPerson(f.teamId, { teamIds: [f.teamId, f.teamId] }), 'teamIds'],
  ['admin.staff.setLeave', 'admin', () => ({ staffUserId: 'u-staff-sun', isOnLeave: true }), 'backupUserId'],
  [
    'admin.staff.setLeave',
    'admin',
    () => ({ staffUserId: 'u-staff-sun', isOnLeave: true, backupUserId: 'u-staff-sun' }),
    'backupUserId',
  ],
  [
    'admin.staff.setLeave',
    'admin',
    () => ({
      staffUserId: 'u-staff-sun',
      isOnLeave: true,
      backupUserId: 'u-staff-zhou',
      leaveFrom: '2026-12-05',
      leaveTo: '2026-12-01',
    }),
    'leaveTo',
  ],
  ['admin.staff.offboard', 'admin', () => ({ staffUserId: '' }), 'staffUserId'],
  ['admin.invites.issue', 'admin', () => ({}), 'staffUserId'],
  ['admin.invites.revoke', 'admin', () => ({ inviteId: 7 }), 'inviteId'],
  ['admin.invites.list', 'admin', () => ({ staffUserId: '' }), 'staffUserId'],
  ['admin.invites.qrcode', 'admin', () => ({ inviteId: '' }), 'inviteId'],
  ['admin.invites.qrcode', 'admin', (f) => ({ inviteId: f.inviteId, code: f.code }), 'code'],
  ['admin.teams.list', 'admin', () => ({ cursor: 5 }), 'cursor'],
  ['admin.teams.save', 'admin', () => deskTeam({ memberIds: [] }), 'memberIds'],
  ['admin.teams.save', 'admin', () => ({ ...deskTeam(), kind: 'club' }), 'kind'],
  ['admin.teams.save', 'admin', () => deskTeam({ leaderUserId: 'nope' }), 'leaderUserId'],
  ['admin.teams.save', 'admin', () => deskTeam({ memberIds: ['u-staff-sun', 'nope'] }), 'memberIds.1'],
  ['admin.teams.save', 'admin', () => deskTeam({ categoryIds: ['nope'] }), 'categoryIds.0'],
  ['admin.teams.save', 'admin', () => deskTeam({ kind: 'duty_desk' }), 'categoryIds'],
  ['admin.teams.save', 'admin', () => deskTeam({ kind: 'park_reception', categoryIds: [] }), 'parkId'],
  ['admin.settings.get', 'admin', () => ({ all: true }), 'all'],
  ['admin.settings.saveVisits', 'admin', () => ({ ...visitFields, capacityPerSlot: 0 }), 'capacityPerSlot'],
  ['admin.settings.saveVisits', 'admin', () => ({ ...visitFields, minNoticeWorkingDays: 1e6 }), 'minNoticeWorkingDays'],
  ['admin.settings.saveVisits', 'admin', () => ({ ...visitFields, windowDays: 1e9 }), 'windowDays'],
  ['admin.settings.saveVisits', 'admin', () => ({ ...visitFields, cutoffHours: 1.5 }), 'cutoffHours'],
  ['admin.settings.saveVisits', 'admin', () => ({ ...visitFields, capacityPerSlot: undefined }), 'capacityPerSlot'],
  [
    'admin.settings.saveVisits',
    'admin',
    () => ({ ...visitFields, slotStartMinutes: { am: 900, pm: 600 } }),
    'slotStartMinutes',
  ],
  ['admin.settings.saveCalendar', 'admin', () => ({ overrides: {} }), 'overrides'],
  [
    'admin.settings.saveCalendar',
    'admin',
    () => ({
      overrides: [
        { date: '2026-12-07', isWorking: false, note: '停电' },
        { date: '2026-12-07', isWorking: true, note: '加班' },
      ],
    }),
    'overrides',
  ],
  [
    'admin.settings.saveCalendar',
    'admin',
    () => ({ overrides: [{ date: '2026-02-30', isWorking: false, note: '停电' }] }),
    'overrides.0.date',
  ],
  ['admin.settings.saveSubscribe', 'admin', () => ({ templateIds: { visit_result: 'x' } }), 'templateIds.visit_result'],
  ['admin.settings.saveSubscribe', 'admin', () => ({ templateIds: { other: 'Abc123_-xyZ0' } }), 'templateIds.other'],
  [
    'admin.settings.saveProjects',
    'admin',
    () => ({ stall: { yellowAfterMonths: 0, redAfterMonths: 3 } }),
    'stall.yellowAfterMonths',
  ],
  [
    'admin.settings.saveProjects',
    'admin',
    () => ({ stall: { yellowAfterMonths: 3, redAfterMonths: 3 } }),
    'stall.redAfterMonths',
  ],
  ['admin.audit.list', 'admin', () => ({ limit: 0 }), 'limit'],
  ['admin.audit.verify', 'admin', () => ({ fix: true }), 'fix'],
  ['admin.audit.purge', 'admin', () => ({ olderThanDays: 1 }), 'olderThanDays'],
  ['admin.categories.list', 'admin', () => ({ query: 'x'.repeat(31) }), 'query'],
  ['admin.categories.save', 'admin', () => newCategory({ name: '排' }), 'name'],
  ['admin.categories.save', 'admin', () => newCategory({ materials: [] }), 'materials'],
  [
    'admin.categories.save',
    'admin',
    () => newCategory({ materials: [{ name: '申请表', isRequired: 'yes' as unknown as boolean, note: '' }] }),
    'materials.0.isRequired',
  ],
  ['admin.categories.save', 'admin', () => newCategory({ order: 1.5 }), 'order'],
  ['admin.categories.save', 'admin', () => newCategory({ deskTeamId: 'svc-duty' }), 'deskTeamId'],
  ['admin.categories.save', 'admin', () => newCategory({ initialRules: null }), 'initialRules'],
  ['admin.categories.save', 'admin', () => ({ ...newCategory(), categoryId: 'environmental-impact' }), 'initialRules'],
  [
    'admin.categories.save',
    'admin',
    () => newCategory({ initialRules: { targets: newRules().targets, routing: { steps: [], fallbackTeamId: null } } }),
    'initialRules.routing.steps',
  ],
  ['admin.categories.addRules', 'admin', () => newRules({ effectiveFrom: '2026-11-26' }), 'effectiveFrom'],
  ['admin.categories.addRules', 'admin', () => newRules({ effectiveFrom: '2026-11-27' }), 'effectiveFrom'],
  ['admin.categories.addRules', 'admin', () => newRules({ effectiveFrom: '2028-01-01' }), 'effectiveFrom'],
  ['admin.categories.addRules', 'admin', () => newRules({ categoryId: 'nope' }), 'categoryId'],
  [
    'admin.categories.addRules',
    'admin',
    () => newRules({ targets: { responseWorkingHours: 0, resolutionWorkingDays: 5 } }),
    'targets.responseWorkingHours',
  ],
  [
    'admin.categories.addRules',
    'admin',
    () => newRules({ targets: { responseWorkingHours: 4, resolutionWorkingDays: 61 } }),
    'targets.resolutionWorkingDays',
  ],
  [
    'admin.categories.addRules',
    'admin',
    () => newRules({ targets: { responseWorkingHours: 40, resolutionWorkingDays: 2 } }),
    'targets.responseWorkingHours',
  ],
  [
    'admin.categories.addRules',
    'admin',
    () => newRules({ routing: { steps: ['duty_desk', 'duty_desk'], fallbackTeamId: null } }),
    'routing.steps',
  ],
  [
    'admin.categories.addRules',
    'admin',
    () => newRules({ routing: { steps: ['duty_desk'], fallbackTeamId: 'nope' } }),
    'routing.fallbackTeamId',
  ],
  ['admin.categories.withdrawRules', 'admin', () => ({ categoryId: 'environmental-impact', number: 1 }), 'number'],
  ['admin.categories.withdrawRules', 'admin', () => ({ categoryId: 'environmental-impact', number: 0 }), 'number'],
];

describe('admin: bad input', () => {
  it('covers every admin action', () => {
    const covered = new Set(BAD_INPUTS.map(([action]) => action));
    expect(MATRIX.map(([action]) => action).filter((a) => !covered.has(a))).toEqual([]);
  });

  const badCases = BAD_INPUTS.map(([action, as, input, field]) => [action, as, field, input] as const);
  it.each(badCases)('%s as %j → INVALID_INPUT on %s, nothing written', async (action, as, field, input) => {
    const fixture = await onboardNewPerson(kit.send);
    await kit.refused(as, action, input(fixture), field);
  });
});
