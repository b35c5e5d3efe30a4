import { scoresOfRound, type EvaluationRound } from '@core/evaluation';
import { defineStep } from '../migration-step';

/**
 * Rounds opened before they kept their own score counter get the number of scores they have, so an
 * edit (refused once a score is in) and a submission check and write it in one transaction.
 */
export const evaluationScoreCount = defineStep<EvaluationRound>({
  id: '0007-evaluation-score-count',
  collection: 'evaluation_rounds',
  toVersion: 2,
  description: 'evaluation_rounds: scoreCount, the number of scores already submitted',
  upgrade: async (r, { store }) => ({ scoreCount: r.scoreCount ?? (await scoresOfRound(store, r.id)) }),
});
