import { dataOf, errorOf, type As } from '@tests/support/dispatch-kit';
import { everyRole } from '@tests/support/every-role';
import { completedVisit, SIGNED_PROJECT_ID } from '@tests/support/project-fixture';
import type { ActionName } from '../contract/actions';
import { F, N, U, unlisted, useAccessStack, type Outcome, AUDITOR_CALLER } from '@tests/support/access-matrix';

const kit = useAccessStack();

/** Screening (projects.screening.*) has its own matrix: screening-access.test.ts. */
const isProjectAction = (a: string) => a.startsWith('projects.') && !a.startsWith('projects.screening.');

const CALLERS = everyRole({ enterprise: 'enterprise (contact of 德知航创)' }, AUDITOR_CALLER);

const MANAGERS_ONLY: Outcome[] = [U, F, F, F, 'ok', 'ok', 'ok', F];

/** What an action needs before it is called: the seeded project, or a completed visit (and its lead). */
type Setup = 'project' | 'plan' | 'visit' | 'lead';
interface Ids {
  projectId: string;
  visitId: string;
  leadId: string;
}

const MATRIX: [ActionName, Outcome[], Setup, (ids: Ids) => Record<string, unknown>][] = [
  ['projects.list', MANAGERS_ONLY, 'project', () => ({ status: 'signed' })],
  ['projects.mine', [U, F, 'ok', 'ok', F, F, F, F], 'project', () => ({})],
  ['projects.get', [U, F, N, 'ok', 'ok', 'ok', 'ok', F], 'project', ({ projectId }) => ({ projectId })],
  [
    'projects.timeline',
    [U, F, N, 'ok', 'ok', 'ok', 'ok', F],
    'project',
    ({ projectId }) => ({ projectId, cursor: '[9e15,"~"]' }),
  ],
  [
    'projects.create',
    MANAGERS_ONLY,
    'project',
    () => ({ name: '新登记项目', enterpriseName: '德州某某新材料有限公司' }),
  ],
  ['projects.edit', MANAGERS_ONLY, 'project', ({ projectId }) => ({ projectId, landMu: 40 })],
  [
    'projects.advance',
    MANAGERS_ONLY,
    'project',
    ({ projectId }) => ({
      projectId,
      move: { to: 'construction', date: '2026-11-27', permitNo: '371426202611270001' },
    }),
  ],
  ['projects.terminate', MANAGERS_ONLY, 'project', ({ projectId }) => ({ projectId, reason: '企业战略调整' })],
  ['projects.leadFromVisit', MANAGERS_ONLY, 'visit', ({ visitId }) => ({ visitId })],
  ['projects.leads', MANAGERS_ONLY, 'project', () => ({})],
  ['projects.fromLead', MANAGERS_ONLY, 'lead', ({ leadId }) => ({ leadId })],
  ['projects.plan', MANAGERS_ONLY, 'project', ({ projectId }) => ({ projectId, target: '2027-12-31' })],
  ['projects.templates', MANAGERS_ONLY, 'project', () => ({})],
  // The booker (the investor persona) reads its own visit's link; the enterprise did not book it.
  ['projects.forVisit', [U, F, 'ok', N, 'ok', 'ok', 'ok', F], 'lead', ({ visitId }) => ({ visitId })],
  ['projects.commitPlan', MANAGERS_ONLY, 'project', ({ projectId }) => ({ projectId, target: '2027-12-31' })],
  [
    'projects.replan',
    MANAGERS_ONLY,
    'plan',
    ({ projectId }) => ({ projectId, target: '2028-01-31', reason: '企业调整计划' }),
  ],
  [
    'projects.confirmNode',
    [U, F, N, 'ok', F, F, F, F],
    'plan',
    ({ projectId }) => ({ projectId, nodeKey: 'production' }),
  ],
];

const prepare = async (setup: Setup): Promise<Ids> => {
  const ids = { projectId: SIGNED_PROJECT_ID, visitId: '', leadId: '' };
  if (setup === 'project') return ids;
  if (setup === 'plan') {
    dataOf(await kit.send('staff', 'projects.commitPlan', { projectId: ids.projectId, target: '2027-12-31' }));
    return ids;
  }
  ids.visitId = await completedVisit(kit.stack, kit.send);
  if (setup === 'lead')
    ids.leadId = dataOf(await kit.send('staff', 'projects.leadFromVisit', { visitId: ids.visitId })).id;
  return ids;
};

const cases = MATRIX.flatMap(([action, outcomes, setup, input]) =>
  CALLERS.map(([label, as], i) => [action, label, as, outcomes[i] as Outcome, setup, input] as const),
);

describe('projects: every action × every role', () => {
  it('covers every projects action', () => {
    expect(unlisted(isProjectAction, MATRIX)).toEqual([]);
  });

  it.each(cases)('%s as %s → %s', async (action, _label, as, expected, setup, input) => {
    const ids = await prepare(setup);
    const answer = await kit.send(as, action, input(ids));
    if (expected === 'ok') expect(answer).toMatchObject({ ok: true });
    else expect(errorOf(answer).code).toBe(expected);
  });
});

const BAD_INPUTS: [ActionName, As, Record<string, unknown>, string][] = [
  ['projects.list', 'staff', { status: 'dreaming' }, 'status'],
  ['projects.list', 'staff', { limit: 101 }, 'limit'],
  ['projects.mine', 'enterprise', { limit: 0 }, 'limit'],
  ['projects.get', 'staff', {}, 'projectId'],
  ['projects.timeline', 'staff', { projectId: SIGNED_PROJECT_ID }, 'cursor'],
  ['projects.create', 'staff', { name: ' ' }, 'name'],
  ['projects.create', 'staff', { name: '某项目', creditCode: '91371400MA3N8RT563' }, 'creditCode'],
  ['projects.create', 'staff', { name: '某项目', creditCode: 'ABC' }, 'creditCode'],
  ['projects.create', 'staff', { name: '某项目', investmentWan: -5 }, 'investmentWan'],
  ['projects.create', 'staff', { name: '某项目', landMu: 1.234 }, 'landMu'],
  ['projects.create', 'staff', { name: '某项目', industryClass: '3963' }, 'industryClass'],
  ['projects.create', 'staff', { name: '某项目', leaderUserId: 'u-demo-staff' }, 'leaderUserId'],
  ['projects.create', 'staff', { name: '某项目', teamId: 'no-such-team' }, 'teamId'],
  ['projects.create', 'staff', { name: '某项目', ownerUserId: 'u-demo-investor' }, 'ownerUserId'],
  ['projects.edit', 'staff', { projectId: SIGNED_PROJECT_ID }, 'projectId'],
  ['projects.edit', 'staff', { projectId: SIGNED_PROJECT_ID, stage: 'production' }, 'stage'],
  ['projects.edit', 'staff', { projectId: SIGNED_PROJECT_ID, landMu: '30' }, 'landMu'],
  ['projects.advance', 'staff', { projectId: SIGNED_PROJECT_ID, move: { to: 'moon' } }, 'move.to'],
  [
    'projects.advance',
    'staff',
    { projectId: SIGNED_PROJECT_ID, move: { to: 'construction', date: '2026-11-27' } },
    'move.permitNo',
  ],
  [
    'projects.advance',
    'staff',
    { projectId: SIGNED_PROJECT_ID, move: { to: 'construction', date: '2026-13-01', permitNo: '371426202611270001' } },
    'move.date',
  ],
  [
    'projects.advance',
    'staff',
    { projectId: SIGNED_PROJECT_ID, move: { to: 'signed', date: '2026-11-27' } },
    'move.agreementFileId',
  ],
  ['projects.terminate', 'staff', { projectId: SIGNED_PROJECT_ID, reason: '' }, 'reason'],
  ['projects.leadFromVisit', 'staff', { visitId: '' }, 'visitId'],
  ['projects.leads', 'staff', { cursor: 5 }, 'cursor'],
  ['projects.fromLead', 'staff', { leadId: 'x', onDuplicate: 'merge' }, 'onDuplicate'],
  ['projects.fromLead', 'staff', { leadId: 'x', creditCode: '123' }, 'creditCode'],
  ['projects.plan', 'staff', { projectId: SIGNED_PROJECT_ID, target: '2027/12/31' }, 'target'],
  ['projects.templates', 'staff', { all: true }, 'all'],
  ['projects.forVisit', 'staff', { visitId: 7 }, 'visitId'],
  [
    'projects.plan',
    'staff',
    {
      projectId: SIGNED_PROJECT_ID,
      target: '2027-12-31',
      overrides: [{ key: 'filing', durationWd: 0, predecessors: [], coveredByZoneAssessment: false }],
    },
    'overrides.0.durationWd',
  ],
  [
    'projects.plan',
    'staff',
    {
      projectId: SIGNED_PROJECT_ID,
      target: '2027-12-31',
      overrides: [{ key: 'filing', durationWd: 3, predecessors: ['production'], coveredByZoneAssessment: false }],
    },
    'overrides',
  ],
  ['projects.commitPlan', 'staff', { projectId: SIGNED_PROJECT_ID, target: '2027-02-30' }, 'target'],
  [
    'projects.commitPlan',
    'staff',
    { projectId: SIGNED_PROJECT_ID, target: '2027-12-31', templateId: 'none' },
    'templateId',
  ],
  [
    'projects.commitPlan',
    'staff',
    {
      projectId: SIGNED_PROJECT_ID,
      target: '2027-12-31',
      overrides: [{ key: 'filing', durationWd: 3, predecessors: ['production'], coveredByZoneAssessment: false }],
    },
    'overrides',
  ],
  [
    'projects.commitPlan',
    'staff',
    {
      projectId: SIGNED_PROJECT_ID,
      target: '2027-12-31',
      overrides: [{ key: 'filing', durationWd: 0, predecessors: [], coveredByZoneAssessment: false }],
    },
    'overrides.0.durationWd',
  ],
  [
    'projects.replan',
    'staff',
    {
      projectId: SIGNED_PROJECT_ID,
      target: '2027-12-31',
      reason: '调整工期',
      overrides: [{ key: 'filing', durationWd: 1.5, predecessors: [], coveredByZoneAssessment: false }],
    },
    'overrides.0.durationWd',
  ],
  ['projects.replan', 'staff', { projectId: SIGNED_PROJECT_ID, target: '2027-12-31' }, 'reason'],
  ['projects.replan', 'staff', { projectId: SIGNED_PROJECT_ID, target: '2027-12-31', reason: ' ' }, 'reason'],
  ['projects.confirmNode', 'enterprise', { projectId: SIGNED_PROJECT_ID, nodeKey: '' }, 'nodeKey'],
  ['projects.confirmNode', 'enterprise', { projectId: SIGNED_PROJECT_ID, nodeKey: 'production' }, 'nodeKey'],
];

describe('projects: bad input', () => {
  it('tries every projects action', () => {
    expect(unlisted(isProjectAction, BAD_INPUTS)).toEqual([]);
  });

  it.each(BAD_INPUTS)('%s as %s with %j → INVALID_INPUT on %s, nothing written', async (action, as, input, field) => {
    await kit.refused(as, action, input, field);
  });
});
