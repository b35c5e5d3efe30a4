import { dataOf, errorOf, sendAs, setNow, snapshotAll } from '@tests/support/dispatch-kit';
import { allScores, validRound } from '@tests/support/evaluation-fixture';
import { FIXED_NOW, openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { seededStaff } from '@tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { publishDueRounds } from '../publish-due-rounds';

let stack: TestStack;
let send: ReturnType<typeof sendAs>;
beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
});
afterEach(() => stack.close());

const CHEN = seededStaff('u-staff-chen');

describe('现场评议: one full round', () => {
  it('opens, is rated once per rater and target, publishes ranks, a 整改 for the bottom team and ledger lines', async () => {
    const round = dataOf(await send('admin', 'evaluation.open', validRound()));
    // Fri 2026-11-27 10:00 + 3 working days → Wed 2026-12-02 10:00; the period is the quarter it opens in.
    expect(round).toMatchObject({ status: 'open', periodFrom: '2026-10-01', periodTo: '2026-12-31' });
    expect(round.closesAt).toBe(utcMsAt('2026-12-02', 10, 0));
    expect(round.code).toMatch(/^[0-9A-Z]{8}$/);

    // 张专员 is in the 京德 team: it is not theirs to rate, neither listed nor accepted.
    const forStaff = dataOf(await send('staff', 'evaluation.toRate', {}));
    expect(forStaff.rounds[0]?.targets.map((t) => t.key)).toEqual(['team:reception-new-materials', 'team:svc-duty']);
    const own = { roundId: round.id, targetKey: 'team:reception-jingde-smart', scores: allScores(5) };
    expect(errorOf(await send('staff', 'evaluation.submit', own)).code).toBe('FORBIDDEN');

    const first = dataOf(
      await send('staff', 'evaluation.submit', { ...own, targetKey: 'team:reception-new-materials' }),
    );
    // A second submission (new requestId, other scores) is the first answer; still one record.
    const again = dataOf(
      await send('staff', 'evaluation.submit', {
        ...own,
        targetKey: 'team:reception-new-materials',
        scores: allScores(1),
      }),
    );
    expect(again).toEqual(first);
    dataOf(await send('staff', 'evaluation.submit', { ...own, targetKey: 'team:svc-duty', scores: allScores(3) }));
    dataOf(await send(CHEN, 'evaluation.submit', { ...own, scores: allScores(2) }));
    dataOf(await send(CHEN, 'evaluation.submit', { ...own, targetKey: 'team:svc-duty', scores: allScores(4) }));

    // The enterprise sees the round only with the code shown on site, and rates as the enterprise.
    expect(dataOf(await send('enterprise', 'evaluation.toRate', {})).rounds).toEqual([]);
    expect(errorOf(await send('enterprise', 'evaluation.toRate', { code: 'ZZZZZZZZ' })).field).toBe('code');
    const withCode = dataOf(await send('enterprise', 'evaluation.toRate', { code: round.code.toLowerCase() }));
    expect(withCode.rounds[0]?.targets).toHaveLength(3);
    expect(errorOf(await send('enterprise', 'evaluation.submit', { ...own, scores: allScores(4) })).field).toBe('code');
    dataOf(await send('enterprise', 'evaluation.submit', { ...own, scores: allScores(4), code: round.code }));
    expect(await stack.store.count('evaluation_scores', { roundId: round.id })).toBe(5);

    const progress = dataOf(await send('admin', 'evaluation.round', { roundId: round.id }));
    expect(progress.progress.map((p) => p.submitted)).toEqual([2, 1, 2]);
    expect(await publishDueRounds(stack.deps, Infinity)).toBe(0); // not due yet

    setNow(stack, round.closesAt);
    expect(
      errorOf(await send(CHEN, 'evaluation.submit', { ...own, targetKey: 'team:reception-new-materials' })),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'roundId' });
    expect(await publishDueRounds(stack.deps, Infinity)).toBe(1);
    expect(await publishDueRounds(stack.deps, Infinity)).toBe(0);

    // 新材料 5 → 100; duty (3 + 4) / 2 → 70; 京德 (2 + 4) / 2 → 60, last.
    const published = dataOf(await send('staff', 'evaluation.results', {})).round;
    expect(published?.results.map((r) => [r.key, r.score, r.rank, r.raterCount])).toEqual([
      ['team:reception-new-materials', 100, 1, 1],
      ['team:svc-duty', 70, 2, 2],
      ['team:reception-jingde-smart', 60, 3, 2],
    ]);
    expect(JSON.stringify(published)).not.toMatch(/u-demo-staff|u-staff-chen|u-demo-enterprise|raterKey/);

    const followUps = dataOf(await send('leader', 'tickets.followUps', {})).items;
    expect(followUps).toEqual([
      expect.objectContaining({ source: 'evaluation', teamId: 'reception-jingde-smart', rank: 3, rankedCount: 3 }),
    ]);
    // Wed 12-02 10:00 + 10 working days → Wed 12-16 10:00.
    expect(followUps[0]?.dueAt).toBe(utcMsAt('2026-12-16', 10, 0));
    expect(dataOf(await send(seededStaff('u-leader-qian'), 'tickets.followUps', {})).items).toEqual([]);

    const ledger = dataOf(await send('admin', 'tickets.ledgerPage', { preset: 'quarter' }));
    const lines = ledger.lines.filter((l) => l.kind === 'evaluation');
    expect(lines.map((l) => [l.subjectId, l.roundId, l.ticketId])).toEqual(
      expect.arrayContaining([
        ['reception-new-materials', round.id, null],
        ['svc-duty', round.id, null],
        ['reception-jingde-smart', round.id, null],
      ]),
    );
    expect(ledger.subjects.find((s) => s.id === 'reception-jingde-smart')?.evaluationScore).toBe(60);
  });

  it('lets the office edit a round until the first score, not after', async () => {
    const round = dataOf(await send('admin', 'evaluation.open', validRound()));
    const edited = dataOf(
      await send('admin', 'evaluation.edit', {
        roundId: round.id,
        ...validRound({ title: '第四季度现场评议（调整）' }),
      }),
    );
    expect(edited.title).toBe('第四季度现场评议（调整）');
    dataOf(
      await send(CHEN, 'evaluation.submit', { roundId: round.id, targetKey: 'team:svc-duty', scores: allScores(4) }),
    );
    const before = await snapshotAll(stack);
    expect(errorOf(await send('admin', 'evaluation.edit', { roundId: round.id, ...validRound() }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'roundId',
    });
    expect(await snapshotAll(stack)).toEqual(before);
  });

  it('refuses an enterprise account that is no project’s contact', async () => {
    const round = dataOf(await send('admin', 'evaluation.open', validRound()));
    await stack.store.insert('users', {
      ...{ id: 'u-unverified', version: 1, openid: 'openid-unverified', name: '未登记企业', roles: ['enterprise'] },
      ...{ organisation: null, phone: null, createdAt: FIXED_NOW },
    });
    const answer = await send({ openid: 'openid-unverified' }, 'evaluation.toRate', { code: round.code });
    expect(errorOf(answer).code).toBe('FORBIDDEN');
  });
});
