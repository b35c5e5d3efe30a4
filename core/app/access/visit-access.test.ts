import { errorOf, setNow, snapshotAll, dataOf, type As } from '@tests/support/dispatch-kit';
import { everyRole } from '@tests/support/every-role';
import { validBooking } from '@tests/support/visit-booking-fixture';
import type { ActionName } from '../contract/actions';
import { dispatch } from '../dispatch/dispatch';
import { EVERY_FUNCTION } from '../handlers';
import { F, N, U, unlisted, type Outcome, useAccessStack } from '@tests/support/access-matrix';

const kit = useAccessStack(undefined, { withAuditor: false });

/** The investor persona's visit to 京德智造产业园, which 张专员 hosts and 赵主任's team receives. */
const bookForInvestor = async () => dataOf(await kit.send('investor', 'visits.book', validBooking())).id;

const CALLERS = everyRole({ staff: 'staff (host)', leader: 'leader (team)' }, [
  'staff of another team',
  { openid: 'seed-u-staff-chen' },
]);

/** Expected outcome per caller, in CALLERS order. */
const MATRIX: [ActionName, Outcome[], (visitId: string) => Record<string, unknown>][] = [
  [
    'visits.availability',
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
    () => ({ parkIds: ['jingde-smart'], from: '2026-11-30', to: '2026-12-01' }),
  ],
  ['visits.book', [U, 'ok', 'ok', 'ok', F, F, F, F], () => validBooking({ halfDay: 'am' })],
  ['visits.mine', [U, 'ok', 'ok', 'ok', F, F, F, F], () => ({})],
  ['visits.get', [U, F, 'ok', N, 'ok', 'ok', 'ok', N], (visitId) => ({ visitId })],
  // The earlier page before an instant far in the future: the whole (short) timeline.
  ['visits.timeline', [U, F, 'ok', N, 'ok', 'ok', 'ok', N], (visitId) => ({ visitId, cursor: '[9e15,"~"]' })],
  [
    'visits.reschedule',
    [U, F, 'ok', N, F, F, F, F],
    (visitId) => ({ visitId, date: '2026-12-01', halfDay: 'am', reason: '改期原因' }),
  ],
  ['visits.cancel', [U, F, 'ok', N, F, F, F, F], (visitId) => ({ visitId, reason: '取消原因' })],
  ['visits.staffList', [U, F, F, F, 'ok', 'ok', F, 'ok'], () => ({})],
  ['visits.confirm', [U, F, F, F, 'ok', 'ok', F, N], (visitId) => ({ visitId })],
  ['visits.decline', [U, F, F, F, 'ok', 'ok', F, N], (visitId) => ({ visitId, reason: '无法接待' })],
  ['visits.complete', [U, F, F, F, 'ok', 'ok', F, N], (visitId) => ({ visitId })],
  ['visits.noShow', [U, F, F, F, 'ok', 'ok', F, N], (visitId) => ({ visitId })],
  ['visits.note', [U, F, F, F, 'ok', 'ok', F, N], (visitId) => ({ visitId, text: '备注' })],
];

const cases = MATRIX.flatMap(([action, outcomes, input]) =>
  CALLERS.map(([label, as], i) => [action, label, as, outcomes[i] as Outcome, input] as const),
);

describe('visits: every action × every role', () => {
  it('covers every visit action', () => {
    expect(unlisted((a) => a.startsWith('visits.'), MATRIX)).toEqual([]);
  });

  it.each(cases)('%s as %s → %s', async (action, _label, as, expected, input) => {
    const visitId = await bookForInvestor();
    if (action === 'visits.complete' || action === 'visits.noShow') {
      dataOf(await kit.send('staff', 'visits.confirm', { visitId }));
      setNow(kit.stack, Date.UTC(2026, 10, 30, 7)); // after the visit started
    }
    const answer = await kit.send(as, action, input(visitId));
    if (expected === 'ok') expect(answer).toMatchObject({ ok: true });
    else expect(errorOf(answer).code).toBe(expected);
  });

  it("shows staff of another team none of this team's visits", async () => {
    await bookForInvestor();
    const list = dataOf(await kit.send({ openid: 'seed-u-staff-chen' }, 'visits.staffList', {}));
    expect(list.teamId).toBe('reception-new-materials');
    expect(list.items).toEqual([]);
    expect(
      errorOf(
        await kit.send({ openid: 'seed-u-staff-chen' }, 'visits.staffList', { teamId: 'reception-jingde-smart' }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows an investor only their own visits', async () => {
    await bookForInvestor();
    dataOf(await kit.send({ openid: 'o-other' }, 'visits.book', validBooking({ contactName: '王五' })));
    const mine = dataOf(await kit.send('investor', 'visits.mine', {}));
    expect(mine.items.map((v) => v.contactName)).toEqual(['李四']);
  });
});

const BAD_INPUTS: [ActionName, As, Record<string, unknown>, string][] = [
  ['visits.availability', null, { parkIds: [], from: '2026-11-30', to: '2026-12-01' }, 'parkIds'],
  ['visits.availability', null, { parkIds: ['a', 'b', 'c', 'd'], from: '2026-11-30', to: '2026-12-01' }, 'parkIds'],
  ['visits.availability', null, { parkIds: ['jingde-smart'], from: '2026-02-30', to: '2026-12-01' }, 'from'],
  ['visits.book', 'investor', validBooking({ parkIds: ['jingde-smart', 'jingde-smart'] }), 'parkIds'],
  ['visits.book', 'investor', validBooking({ contactPhone: '12345678901' }), 'contactPhone'],
  ['visits.book', 'investor', validBooking({ contactPhone: '1391234567' }), 'contactPhone'],
  ['visits.book', 'investor', validBooking({ partySize: 0 }), 'partySize'],
  ['visits.book', 'investor', validBooking({ partySize: 21 }), 'partySize'],
  ['visits.book', 'investor', validBooking({ partySize: 2.5 }), 'partySize'],
  ['visits.book', 'investor', { ...validBooking(), privacyConsent: false }, 'privacyConsent'],
  ['visits.book', 'investor', { ...validBooking(), halfDay: 'evening' }, 'halfDay'],
  ['visits.book', 'investor', { ...validBooking(), investmentBand: 'huge' }, 'investmentBand'],
  ['visits.book', 'investor', validBooking({ company: ' ' }), 'company'],
  ['visits.book', 'investor', validBooking({ industryIds: ['nope'] }), 'industryIds'],
  ['visits.book', 'investor', validBooking({ parkIds: ['atlantis'] }), 'parkIds'],
  ['visits.book', 'investor', { ...validBooking(), factoryNeeds: { areaM2: -1 } }, 'factoryNeeds.areaM2'],
  ['visits.book', 'investor', { ...validBooking(), factoryNeeds: { crane: true } }, 'factoryNeeds.crane'],
  ['visits.book', 'investor', { ...validBooking(), ownerUserId: 'u-demo-admin' }, 'ownerUserId'],
  ['visits.mine', 'investor', { limit: 0 }, 'limit'],
  ['visits.get', 'investor', {}, 'visitId'],
  ['visits.timeline', 'investor', { visitId: 'x' }, 'cursor'],
  ['visits.reschedule', 'investor', { visitId: 'x', date: '2026-12-01', halfDay: 'am', reason: '' }, 'reason'],
  ['visits.reschedule', 'investor', { visitId: 'x', date: '12/01/2026', halfDay: 'am', reason: '改期原因' }, 'date'],
  ['visits.cancel', 'investor', { visitId: 'x' }, 'reason'],
  ['visits.staffList', 'staff', { from: 'today' }, 'from'],
  ['visits.confirm', 'staff', { visitId: 5 }, 'visitId'],
  ['visits.decline', 'staff', { visitId: 'x', reason: '不' }, 'reason'],
  ['visits.complete', 'staff', { visitId: '' }, 'visitId'],
  ['visits.noShow', 'staff', { visitId: 'x', extra: 1 }, 'extra'],
  ['visits.note', 'staff', { visitId: 'x', text: 'x'.repeat(501) }, 'text'],
];

describe('visits: bad input', () => {
  it.each(BAD_INPUTS)('%s as %s with %j → INVALID_INPUT on %s, nothing written', async (action, as, input, field) => {
    await kit.refused(as, action, input, field);
  });

  it('refuses every mutation without a valid requestId', async () => {
    const visitId = await bookForInvestor();
    const before = await snapshotAll(kit.stack);
    for (const action of ['visits.book', 'visits.cancel'] as const) {
      const answer = await dispatch(
        { action, input: action === 'visits.book' ? validBooking() : { visitId, reason: '取消原因' } },
        {
          fn: 'visits',
          openid: 'demo-investor',
          ...EVERY_FUNCTION,
          deps: kit.stack.deps,
          traceId: 't',
        },
      );
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'requestId' } });
    }
    expect(await snapshotAll(kit.stack)).toEqual(before);
  });
});
