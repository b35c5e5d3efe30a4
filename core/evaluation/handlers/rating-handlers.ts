import { forbidden, invalidInput, notFound } from '@core/kernel/errors';
import { scoreIdOf, type EvaluationRound, type EvaluationScore } from '../evaluation';
import type { EvaluationHandler, RoundToRate, ScoreView } from '../evaluation-actions';
import { roundRepo, roundWrites, scoreRepo } from '../evaluation-repo';
import { isOwnTarget, panelOf } from '../evaluation-rules';
import { isInWindow, raterIn } from '../rater';
import type { HandlerContext } from '@core/kernel/deps';

const toScoreView = ({ version: _v, raterUserId: _u, raterKey: _k, ...rest }: EvaluationScore): ScoreView => rest;

const roundToRate = async (ctx: HandlerContext, round: EvaluationRound, code?: string): Promise<RoundToRate> => {
  const rater = await raterIn(ctx, round, code);
  const mine = new Map((await scoreRepo(ctx.deps.store).byRater(round.id, rater.key)).map((s) => [s.targetKey, s]));
  return {
    ...{ roundId: round.id, title: round.title, periodFrom: round.periodFrom, periodTo: round.periodTo },
    ...{ closesAt: round.closesAt, panel: rater.panel, dimensions: round.dimensions },
    targets: round.targets
      .filter((t) => !isOwnTarget(t, rater.ownTeamIds))
      .map((t) => ({ key: t.key, kind: t.kind, name: t.name, mine: mine.get(t.key)?.scores ?? null })),
  };
};

export const toRate: EvaluationHandler<'evaluation.toRate'> = async ({ code }, ctx) => {
  const now = ctx.deps.clock.now();
  const rounds = roundRepo(ctx.deps.store);
  if (code !== undefined) {
    const round = await rounds.byCode(code);
    if (!round || !isInWindow(round, now)) throw invalidInput('code', '评议码无效，或该评议不在进行中');
    return { rounds: [await roundToRate(ctx, round, code)] };
  }
  // Enterprises reach a round only through the code shown on site; staff and leaders see every open one they sit on.
  const open = (await rounds.open()).filter((r) => {
    const panel = panelOf(ctx.caller.roles, r.panels);
    return isInWindow(r, now) && (panel === 'leader' || panel === 'staff');
  });
  return { rounds: await Promise.all(open.map((r) => roundToRate(ctx, r))) };
};

export const submit: EvaluationHandler<'evaluation.submit'> = async ({ roundId, targetKey, scores, code }, ctx) => {
  const { deps } = ctx;
  const found = await roundRepo(deps.store).get(roundId);
  if (!found) throw notFound('评议不存在');
  const now = deps.clock.now();
  if (!isInWindow(found, now)) throw invalidInput('roundId', now < found.opensAt ? '评议尚未开始' : '评议已结束');
  const rater = await raterIn(ctx, found, code);
  const target = found.targets.find((t) => t.key === targetKey);
  if (!target) throw invalidInput('targetKey', '本轮评议没有这个评议对象');
  if (isOwnTarget(target, rater.ownTeamIds)) throw forbidden('不能评议本人所在或负责的团队');
  const missing = found.dimensions.find((d) => scores[d.key] === undefined);
  if (missing) throw invalidInput(`scores.${missing.key}`, `请为“${missing.name}”打分`);
  const extra = Object.keys(scores).find((k) => !found.dimensions.some((d) => d.key === k));
  if (extra) throw invalidInput(`scores.${extra}`, '未知的评议维度');
  const id = scoreIdOf(roundId, targetKey, rater.key);
  const stored = await deps.store.transaction(async (tx) => {
    const writes = roundWrites(tx);
    // A second submission (another device, another contact of the same enterprise) is the first one.
    const earlier = await writes.score(id);
    if (earlier) return earlier;
    const round = await writes.get(roundId);
    if (!round || !isInWindow(round, now)) throw invalidInput('roundId', '评议已结束');
    // Raised with the score in one transaction: an edit reads the same document and so cannot slip between.
    await writes.update(round, { scoreCount: round.scoreCount + 1 });
    const score: EvaluationScore = {
      ...{ id, version: 1, roundId, targetKey, raterKey: rater.key, raterKind: rater.panel },
      ...{ raterUserId: rater.userId, scores, at: now },
    };
    return writes.insertScore(score);
  });
  return toScoreView(stored);
};
