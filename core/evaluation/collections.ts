import type { EvaluationRound, EvaluationScore } from './evaluation';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    evaluation_rounds: EvaluationRound;
    evaluation_scores: EvaluationScore;
  }
}
