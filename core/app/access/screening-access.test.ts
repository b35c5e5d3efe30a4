import { dataOf, errorOf, type As } from '@tests/support/dispatch-kit';
import type { ActionName } from '../contract/actions';
import { F, U, unlisted, useAccessStack, type Outcome, OFFICE_CALLERS } from '@tests/support/access-matrix';

const kit = useAccessStack();

const isScreeningAction = (a: string) => a.startsWith('projects.screening.');
const CALLERS = OFFICE_CALLERS;
const MANAGERS: Outcome[] = [U, F, F, F, 'ok', 'ok', 'ok', F];
const OFFICE: Outcome[] = [U, F, F, F, F, F, 'ok', F];

/** A project entered directly whose leader (钱) is none of the personas: any of the zone's people may screen it. */
const SUBJECT = { kind: 'project', id: '5g-charging' } as const;
// Cloud fileIDs (storage rules check them): whose local upload a file is, is screening-handlers.test.ts' concern.
const MINUTES = [{ fileId: 'cloud://zd-env/screening/minutes.pdf', name: '评审会纪要.pdf' }];

/** The checklist answered `answer` throughout, evidence where required. */
const answers = async (answer: 'meets' | 'unverified') =>
  dataOf(await kit.send('admin', 'projects.screening.items', {})).map((i) => ({
    itemId: i.id,
    itemVersion: i.version,
    answer,
    evidence: i.needsEvidence ? [{ fileId: 'cloud://zd-env/screening/evidence.pdf', name: '佐证.pdf' }] : [],
  }));

const ITEM = {
  text: '不属于高污染燃料禁燃区内的燃煤项目',
  category: '环保',
  isVeto: true,
  needsEvidence: false,
  isActive: true,
  order: 20,
  source: '区办自定',
  isSettled: true,
};

const MATRIX: [ActionName, Outcome[], () => Promise<Record<string, unknown>>][] = [
  ['projects.screening.items', MANAGERS, async () => ({ includeInactive: true })],
  ['projects.screening.saveItem', OFFICE, async () => ITEM],
  ['projects.screening.get', MANAGERS, async () => ({ subject: SUBJECT })],
  ['projects.screening.submit', MANAGERS, async () => ({ subject: SUBJECT, answers: await answers('meets') })],
  [
    'projects.screening.decide',
    MANAGERS,
    async () => {
      // Sent to the 评审会 first (by the office), so there is a decision to record.
      dataOf(
        await kit.send('admin', 'projects.screening.submit', {
          subject: SUBJECT,
          answers: await answers('unverified'),
        }),
      );
      return { subject: SUBJECT, minutes: MINUTES, heldOn: '2026-11-26', decision: 'passed' };
    },
  ],
];

const cases = MATRIX.flatMap(([action, outcomes, input]) =>
  CALLERS.map(([label, as], i) => [action, label, as, outcomes[i] as Outcome, input] as const),
);

describe('screening: every action × every role', () => {
  it('covers every screening action', () => {
    expect(unlisted(isScreeningAction, MATRIX)).toEqual([]);
  });

  it.each(cases)('%s as %s → %s', async (action, _label, as, expected, input) => {
    const answer = await kit.send(as, action, await input());
    if (expected === 'ok') expect(answer).toMatchObject({ ok: true });
    else expect(errorOf(answer).code).toBe(expected);
  });
});

const GOOD_ANSWER = { itemId: 'scr-item-water', itemVersion: 1, answer: 'meets' };
const BAD_INPUTS: [ActionName, As, Record<string, unknown>, string][] = [
  ['projects.screening.items', 'staff', { includeInactive: 'yes' }, 'includeInactive'],
  ['projects.screening.saveItem', 'admin', { ...ITEM, text: ' ' }, 'text'],
  ['projects.screening.saveItem', 'admin', { ...ITEM, isVeto: 'true' }, 'isVeto'],
  ['projects.screening.saveItem', 'admin', { ...ITEM, order: 0 }, 'order'],
  ['projects.screening.saveItem', 'admin', { ...ITEM, version: 3 }, 'version'],
  ['projects.screening.get', 'staff', { subject: { kind: 'visit', id: 'x' } }, 'subject.kind'],
  ['projects.screening.submit', 'staff', { subject: SUBJECT, answers: [] }, 'answers'],
  [
    'projects.screening.submit',
    'staff',
    { subject: SUBJECT, answers: [{ ...GOOD_ANSWER, answer: 'maybe' }] },
    'answers.0.answer',
  ],
  [
    'projects.screening.submit',
    'staff',
    { subject: SUBJECT, answers: [{ ...GOOD_ANSWER, itemId: 'scr-item-nope' }] },
    'answers.0.itemId',
  ],
  [
    'projects.screening.submit',
    'staff',
    { subject: SUBJECT, answers: [GOOD_ANSWER], conditions: [{ text: '落实', durationWd: 0, beforeKey: 'permit' }] },
    'conditions.0.durationWd',
  ],
  [
    'projects.screening.submit',
    'staff',
    { subject: SUBJECT, answers: [GOOD_ANSWER], investmentWan: -1 },
    'investmentWan',
  ],
  [
    'projects.screening.decide',
    'staff',
    { subject: SUBJECT, minutes: [], heldOn: '2026-11-26', decision: 'passed' },
    'minutes',
  ],
  [
    'projects.screening.decide',
    'staff',
    { subject: SUBJECT, minutes: MINUTES, heldOn: '2026-11-26', decision: 'review' },
    'decision',
  ],
  [
    'projects.screening.decide',
    'staff',
    { subject: SUBJECT, minutes: MINUTES, heldOn: '2026/11/26', decision: 'passed' },
    'heldOn',
  ],
  [
    'projects.screening.decide',
    'staff',
    { subject: SUBJECT, minutes: MINUTES, heldOn: '2026-11-26', decision: 'conditional', conditions: [] },
    'conditions',
  ],
];

describe('screening: bad input', () => {
  it('tries every screening action', () => {
    expect(unlisted(isScreeningAction, BAD_INPUTS)).toEqual([]);
  });

  it.each(BAD_INPUTS)('%s as %s with %j → INVALID_INPUT on %s, nothing written', async (action, as, input, field) => {
    await kit.refused(as, action, input, field);
  });
});
