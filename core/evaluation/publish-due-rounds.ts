import type { HandlerDeps } from '@core/kernel/deps';
import { loadWorkingTime } from '@core/settings';
import { sendInboxMessages } from '@core/messages';
import { openRoundFollowUp, writeRoundLedger, type RoundLedgerLine } from '@core/tickets';
import { ROUND_FOLLOW_UP_WORKING_DAYS, type EvaluationRound, type TargetResult } from './evaluation';
import { roundRepo, roundWrites, scoreRepo } from './evaluation-repo';
import { bottomOf, roundResults } from './evaluation-rules';

/** Rounds published per tick: the rest wait for the next one. */
const PER_TICK = 10;
const FOLLOW_UPS_PAGE = '/subpackages/staff/pages/oversight/index';

const ledgerLine = (round: EvaluationRound, r: TargetResult, ranked: number): RoundLedgerLine => ({
  subject: 'team',
  subjectId: r.teamId ?? '',
  subjectName: r.teamName ?? '',
  roundId: round.id,
  score: r.score ?? 0,
  parkIds: round.targets.find((t) => t.key === r.key)?.parkIds ?? [],
  note: `${round.title}：${r.kind === 'project' ? `项目“${r.name}” ` : ''}得分 ${(r.score ?? 0).toFixed(1)}，第${r.rank ?? '-'}名/共${ranked}名`,
});

/** Publishes one round in one transaction: its results, every team's ledger line, the bottom team's 整改 and its leader's message. */
const publish = async (deps: HandlerDeps, due: EvaluationRound, now: number): Promise<boolean> => {
  const results = roundResults(due, await scoreRepo(deps.store).allOf(due.id));
  const time = await loadWorkingTime(deps.store);
  const ranked = results.filter((r) => r.rank !== null).length;
  return deps.store.transaction(async (tx) => {
    const writes = roundWrites(tx);
    const round = await writes.get(due.id);
    // Another tick got there first: nothing to do twice.
    if (!round || round.status !== 'open') return false;
    await writes.update(round, { status: 'published', publishedAt: now, results, updatedAt: now });
    const lines = results.filter((r) => r.rank !== null && r.teamId !== null).map((r) => ledgerLine(round, r, ranked));
    await writeRoundLedger(tx, deps.ids, now, lines);
    for (const bottom of bottomOf(results)) {
      const target = round.targets.find((t) => t.key === bottom.key);
      const leaderUserId = target?.leaderUserId ?? null;
      const dueAt = time.addWorkingDaysOfTime(now, ROUND_FOLLOW_UP_WORKING_DAYS);
      await openRoundFollowUp(tx, deps.ids, {
        ...{ leaderUserId, dueAt, createdAt: now, roundId: round.id, roundTitle: round.title },
        ...{ teamId: bottom.teamId ?? '', teamName: bottom.teamName ?? '', score: bottom.score ?? 0 },
        ...{ rank: bottom.rank ?? 0, rankedCount: ranked },
      });
      if (leaderUserId) {
        await sendInboxMessages(tx, deps.ids, now, [
          {
            recipientUserId: leaderUserId,
            title: '现场评议整改',
            body: `${round.title}结果已公布，${bottom.teamName ?? ''}排名末位（${(bottom.score ?? 0).toFixed(1)}分），请于${ROUND_FOLLOW_UP_WORKING_DAYS}个工作日内完成整改。`,
            page: FOLLOW_UPS_PAGE,
          },
        ]);
      }
    }
    return true;
  });
};

/** The scheduler's job: publish every round whose window has closed, reading only those. */
export const publishDueRounds = async (deps: HandlerDeps, deadline: number): Promise<number> => {
  const now = deps.clock.now();
  let published = 0;
  for (const round of await roundRepo(deps.store).due(now, PER_TICK)) {
    if (deps.clock.now() >= deadline) break;
    if (await publish(deps, round, now)) published += 1;
  }
  return published;
};
