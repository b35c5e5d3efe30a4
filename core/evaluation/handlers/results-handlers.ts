import { notFound } from '@core/kernel/errors';
import type { EvaluationRound } from '../evaluation';
import type { EvaluationHandler, RoundResultsView } from '../evaluation-actions';
import { roundRepo } from '../evaluation-repo';

const LISTED = 20;

const resultsView = (r: EvaluationRound): RoundResultsView => ({
  ...{ roundId: r.id, title: r.title, periodFrom: r.periodFrom, periodTo: r.periodTo },
  ...{ publishedAt: r.publishedAt ?? 0, dimensions: r.dimensions, results: r.results ?? [] },
});

/** Published rounds only, and only scores and ranks: the results never carry who rated. */
export const results: EvaluationHandler<'evaluation.results'> = async ({ roundId }, { deps }) => {
  const repo = roundRepo(deps.store);
  const published = await repo.published(LISTED);
  const rounds = published.map((r) => ({ roundId: r.id, title: r.title, publishedAt: r.publishedAt ?? 0 }));
  if (roundId === undefined) return { rounds, round: published[0] ? resultsView(published[0]) : null };
  const asked = await repo.get(roundId);
  if (!asked || asked.status !== 'published') throw notFound('该评议结果尚未公布');
  return { rounds, round: resultsView(asked) };
};
