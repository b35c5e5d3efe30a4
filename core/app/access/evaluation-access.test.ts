import { dataOf, errorOf, type As } from '@tests/support/dispatch-kit';
import { allScores, validRound } from '@tests/support/evaluation-fixture';
import { everyRole } from '@tests/support/every-role';
import { recordingInviteImages } from '@tests/support/invite-images';
import type { ActionName } from '../contract/actions';
import type { evaluationActions } from '@core/evaluation/evaluation-actions';
import type { RoundView } from '@core/evaluation';
import { F, U, useAccessStack } from '@tests/support/access-matrix';

let round: RoundView;
const kit = useAccessStack(
  async () => {
    kit.stack.deps.inviteImages = recordingInviteImages();
    round = dataOf(await kit.send('admin', 'evaluation.open', validRound()));
  },
  { withAuditor: false },
);

const CALLERS = everyRole();
const OFFICE = [U, F, F, F, F, F, 'ok'];
const RATERS = [U, F, F, 'ok', 'ok', 'ok', F];
const INPUTS: Record<keyof typeof evaluationActions, [string[], (r: RoundView) => Record<string, unknown>]> = {
  'evaluation.open': [OFFICE, () => validRound()],
  'evaluation.edit': [OFFICE, (r) => ({ roundId: r.id, ...validRound() })],
  'evaluation.rounds': [OFFICE, () => ({})],
  'evaluation.round': [OFFICE, (r) => ({ roundId: r.id })],
  'evaluation.qrcode': [OFFICE, (r) => ({ roundId: r.id })],
  'evaluation.projects': [OFFICE, () => ({ query: '项目' })],
  'evaluation.toRate': [RATERS, (r) => ({ code: r.code })],
  // The duty desk is none of the personas' own team; the enterprise brings the code.
  'evaluation.submit': [
    RATERS,
    (r) => ({ roundId: r.id, targetKey: 'team:svc-duty', scores: allScores(4), code: r.code }),
  ],
  'evaluation.results': [[U, F, F, F, 'ok', 'ok', 'ok'], () => ({})],
};

describe('evaluation actions × every role', () => {
  const cases = Object.entries(INPUTS).flatMap(([action, [outcomes, input]]) =>
    CALLERS.map(([label, as], i) => [action, label, as, outcomes[i], input] as const),
  );
  it.each(cases)('%s as %s → %s', async (action, _label, as, expected, input) => {
    const answer = await kit.send(as, action as ActionName, input(round));
    if (expected === 'ok') expect(answer).toMatchObject({ ok: true });
    else expect(errorOf(answer).code).toBe(expected);
  });
});

describe('evaluation actions: bad input → INVALID_INPUT with the field, nothing written', () => {
  const dims = (weights: number[]) => weights.map((weight, i) => ({ name: `维度${i + 1}`, weight }));
  it.each<[ActionName, As, (r: RoundView) => Record<string, unknown>, string]>([
    ['evaluation.open', 'admin', () => validRound({ dimensions: dims([50, 40]) }), 'dimensions'],
    ['evaluation.open', 'admin', () => validRound({ dimensions: dims([50, 50.5]) }), 'dimensions.1.weight'],
    ['evaluation.open', 'admin', () => validRound({ dimensions: [] }), 'dimensions'],
    ['evaluation.open', 'admin', () => validRound({ title: ' ' }), 'title'],
    ['evaluation.open', 'admin', () => validRound({ targets: [{ kind: 'team', id: 'svc-duty' }] }), 'targets'],
    [
      'evaluation.open',
      'admin',
      () =>
        validRound({
          targets: [
            { kind: 'team', id: 'nope' },
            { kind: 'team', id: 'svc-duty' },
          ],
        }),
      'targets.0.id',
    ],
    ['evaluation.open', 'admin', () => validRound({ panels: [] }), 'panels'],
    ['evaluation.open', 'admin', () => validRound({ periodFrom: '2026-10-01' }), 'periodTo'],
    ['evaluation.open', 'admin', () => validRound({ periodFrom: '2026-12-01', periodTo: '2026-10-01' }), 'periodTo'],
    ['evaluation.open', 'admin', () => validRound({ opensAt: 0 }), 'opensAt'],
    ['evaluation.open', 'admin', () => validRound({ windowWorkingDays: 0 }), 'windowWorkingDays'],
    ['evaluation.open', 'admin', () => ({ ...validRound(), extra: 1 }), 'extra'],
    ['evaluation.edit', 'admin', () => validRound(), 'roundId'],
    ['evaluation.round', 'admin', () => ({}), 'roundId'],
    ['evaluation.qrcode', 'admin', () => ({ roundId: '' }), 'roundId'],
    ['evaluation.projects', 'admin', () => ({ query: '项'.repeat(31) }), 'query'],
    ['evaluation.qrcode', 'admin', (r) => ({ roundId: r.id, code: r.code }), 'code'],
    ['evaluation.rounds', 'admin', () => ({ limit: 0 }), 'limit'],
    ['evaluation.toRate', 'enterprise', () => ({ code: '12' }), 'code'],
    [
      'evaluation.submit',
      'staff',
      (r) => ({ roundId: r.id, targetKey: 'team:svc-duty', scores: { ...allScores(4), d1: 6 } }),
      'scores.d1',
    ],
    [
      'evaluation.submit',
      'staff',
      (r) => ({ roundId: r.id, targetKey: 'team:svc-duty', scores: { d1: 4 } }),
      'scores.d2',
    ],
    [
      'evaluation.submit',
      'staff',
      (r) => ({ roundId: r.id, targetKey: 'team:nope', scores: allScores(4) }),
      'targetKey',
    ],
    ['evaluation.submit', 'staff', (r) => ({ roundId: r.id, targetKey: 'team:svc-duty' }), 'scores'],
    [
      'evaluation.submit',
      'enterprise',
      (r) => ({ roundId: r.id, targetKey: 'team:svc-duty', scores: allScores(4) }),
      'code',
    ],
    ['evaluation.results', 'staff', () => ({ roundId: 7 }), 'roundId'],
  ])('%s as %s, case %#', async (action, as, input, field) => {
    await kit.refused(as, action, input(round), field);
  });
});
