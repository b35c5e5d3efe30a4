import { dataOf, errorOf, sendAs, setNow, snapshotAll } from '@tests/support/dispatch-kit';
import { allScores, validRound } from '@tests/support/evaluation-fixture';
import { FIXED_NOW, openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { seededStaff } from '@tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import * as v from 'valibot';
import type { DocStore } from '@core/kernel/store/doc-store';
import { evaluationActions } from '../evaluation-actions';
import { publishDueRounds } from '../publish-due-rounds';
import { RATE_PAGE } from '../evaluation';
import { edit } from './round-handlers';
import { recordingInviteImages } from '@tests/support/invite-images';

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

  it('puts the round’s 整改 in the ledger’s 整改 columns, and keeps a park’s round lines in its park scope', async () => {
    // 长城金点's project team sits in no park here: its line reaches 京德's scope through the project's park.
    const projectTeam = await stack.store.get('teams', 'svc-project-changcheng-jindian');
    await stack.store.update('teams', projectTeam!.id, projectTeam!.version, { parkId: null });
    const targets = [...validRound().targets, { kind: 'project' as const, id: 'changcheng-jindian' }];
    const round = dataOf(await send('admin', 'evaluation.open', validRound({ targets })));
    const rate = (who: Parameters<typeof send>[0], targetKey: string, score: number) =>
      send(who, 'evaluation.submit', { roundId: round.id, targetKey, scores: allScores(score) }).then(dataOf);
    await rate('staff', 'team:reception-new-materials', 5);
    await rate('staff', 'team:svc-duty', 3);
    await rate(CHEN, 'team:svc-duty', 4);
    await rate(CHEN, 'team:reception-jingde-smart', 3);
    await rate(CHEN, 'project:changcheng-jindian', 4);
    setNow(stack, round.closesAt);
    expect(await publishDueRounds(stack.deps, Infinity)).toBe(1);

    const quarter = { preset: 'quarter', scope: 'park', scopeId: 'jingde-smart' } as const;
    const ledger = async () => dataOf(await send('admin', 'tickets.ledgerPage', quarter));
    const roundLines = (l: Awaited<ReturnType<typeof ledger>>) =>
      l.lines.filter((x) => x.roundId === round.id).map((x) => [x.kind, x.subject, x.subjectId]);
    const before = await ledger();
    // 京德 reception is last (60): its 整改 is the team's and its leader's (赵主任, u-demo-leader).
    expect(roundLines(before).sort()).toEqual(
      [
        ['evaluation', 'team', 'reception-jingde-smart'],
        ['evaluation', 'team', 'svc-project-changcheng-jindian'],
        ['follow_up', 'person', 'u-demo-leader'],
        ['follow_up', 'team', 'reception-jingde-smart'],
      ].sort(),
    );
    const row = (l: typeof before, id: string) => l.subjects.find((x) => x.id === id);
    const columns = (r: ReturnType<typeof row>) => [r?.followUpsOpened, r?.followUpsClosedOnTime, r?.followUpsOverdue];
    expect(columns(row(before, 'reception-jingde-smart'))).toEqual([1, 0, 0]);
    expect(columns(row(before, 'u-demo-leader'))).toEqual([1, 0, 0]);

    const [followUp] = dataOf(await send('leader', 'tickets.followUps', {})).items;
    const followUpId = followUp!.id;
    setNow(stack, round.closesAt + 2 * 3_600_000);
    const said = { followUpId, who: '京德接待组全体', at: round.closesAt + 3_600_000, said: '逐项对照评议意见整改' };
    dataOf(await send('leader', 'tickets.recordFollowUp', said));
    dataOf(await send('leader', 'tickets.closeFollowUp', { followUpId, summary: '已完成整改' }));
    const after = await ledger();
    expect(columns(row(after, 'reception-jingde-smart'))).toEqual([1, 1, 0]);
    expect(after.lines.find((x) => x.kind === 'follow_up' && x.subject === 'team')?.note).toContain('按时整改');

    // Another park's scope has none of them.
    const other = dataOf(await send('admin', 'tickets.ledgerPage', { ...quarter, scopeId: 'new-materials' }));
    expect(roundLines(other)).toEqual([['evaluation', 'team', 'reception-new-materials']]);
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

  it('closes the edit race: a score that lands while an edit is on its way makes the edit refuse', async () => {
    const round = dataOf(await send('admin', 'evaluation.open', validRound()));
    const score = { roundId: round.id, targetKey: 'team:svc-duty', scores: allScores(4) };
    // The score commits after the edit has made its checks outside a transaction and before its own transaction.
    const racing: DocStore = Object.create(stack.deps.store);
    racing.transaction = async (work) => {
      dataOf(await send(CHEN, 'evaluation.submit', score));
      return stack.deps.store.transaction(work);
    };
    const input = v.parse(evaluationActions['evaluation.edit'].input, {
      roundId: round.id,
      ...validRound({ title: '第四季度现场评议（调整）' }),
    });
    const caller = { openid: null, user: null, roles: ['admin' as const] };
    await expect(edit(input, { caller, deps: { ...stack.deps, store: racing } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'roundId',
    });
    expect(await stack.store.get('evaluation_rounds', round.id)).toMatchObject({ title: round.title, scoreCount: 1 });
    expect(await stack.store.count('evaluation_scores', { roundId: round.id })).toBe(1);
  });

  it('shows an open round’s code as an image to scan (the rating page, scene = the code), audited, none once closed', async () => {
    const images = recordingInviteImages();
    stack.deps.inviteImages = images;
    const round = dataOf(await send('admin', 'evaluation.open', validRound()));
    const qr = dataOf(await send('admin', 'evaluation.qrcode', { roundId: round.id }));
    expect(qr).toMatchObject({ roundId: round.id, code: round.code, path: `${RATE_PAGE}?code=${round.code}` });
    expect(qr.image.dataUrl).toMatch(/^data:image\//);
    expect(images.calls).toEqual([{ code: round.code, page: RATE_PAGE }]);
    const audit = (await stack.store.find('audit_log', { orderBy: { field: 'seq', dir: 'desc' }, limit: 1 })).items[0];
    expect(audit).toMatchObject({ action: 'evaluation.qrcode', target: `evaluation_rounds/${round.id}` });
    expect(JSON.stringify(await snapshotAll(stack))).not.toContain('base64');

    setNow(stack, round.closesAt);
    expect(errorOf(await send('admin', 'evaluation.qrcode', { roundId: round.id })).code).toBe('CONFLICT');
    delete stack.deps.inviteImages;
    setNow(stack, FIXED_NOW);
    expect(errorOf(await send('admin', 'evaluation.qrcode', { roundId: round.id })).code).toBe('UNAVAILABLE');
  });

  it('lets the office find projects to pick as targets by a part of their name, page by page, none terminated', async () => {
    const seeded = (await stack.store.find('projects', { limit: 100 })).items;
    const [gone] = seeded.filter((p) => p.name.includes('项目'));
    await stack.store.update('projects', gone!.id, gone!.version, { status: 'terminated' });
    const expected = seeded
      .filter((p) => p.name.includes('项目') && p.id !== gone!.id)
      .map((p) => p.id)
      .sort();
    const first = dataOf(await send('admin', 'evaluation.projects', { query: '项目', limit: 2 }));
    const rest = dataOf(await send('admin', 'evaluation.projects', { query: '项目', limit: 100, cursor: first.next }));
    expect([...first.items, ...rest.items].map((p) => p.id)).toEqual(expected);
    expect(first.items).toHaveLength(2);
    expect(rest.next).toBeNull();
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
