import type { DocPatch, DocStore, FindQuery, Page, TxStore } from '@core/kernel/store/doc-store';
import type { EvaluationRound, EvaluationScore } from './evaluation';

/** The only place that names the evaluation feature's collections. */

/** Open rounds at once are few (a quarter's); far above any real count. */
const MAX_OPEN_ROUNDS = 100;
const SCORES_PAGE = 1000;

export const roundRepo = (store: DocStore) => {
  /** One page of rounds, as a list. */
  const rounds = async (query: FindQuery): Promise<EvaluationRound[]> =>
    (await store.find('evaluation_rounds', query)).items;
  const soonestToClose = { field: 'closesAt', dir: 'asc' } as const;
  return {
    get: (id: string) => store.get('evaluation_rounds', id),
    newestFirst: (limit: number, after: string | null): Promise<Page<EvaluationRound>> =>
      store.find('evaluation_rounds', { orderBy: { field: 'createdAt', dir: 'desc' }, limit, after }),
    /** Rounds whose window has not been published yet, soonest to close first. */
    open: () => rounds({ where: { status: 'open' }, orderBy: soonestToClose, limit: MAX_OPEN_ROUNDS }),
    /** Only what is due: open rounds whose window closed by `now`. */
    due: (now: number, limit: number) =>
      rounds({ where: { status: 'open', closesAt: { lte: now } }, orderBy: soonestToClose, limit }),
    byCode: async (code: string): Promise<EvaluationRound | null> =>
      (await rounds({ where: { code }, limit: 1 }))[0] ?? null,
    published: (limit: number) =>
      rounds({ where: { status: 'published' }, orderBy: { field: 'publishedAt', dir: 'desc' }, limit }),
  };
};

export const roundWrites = (tx: TxStore) => ({
  get: (id: string) => tx.get('evaluation_rounds', id),
  insert: (round: EvaluationRound) => tx.insert('evaluation_rounds', round),
  update: (round: EvaluationRound, patch: DocPatch<EvaluationRound>) =>
    tx.update('evaluation_rounds', round.id, round.version, patch),
  score: (id: string) => tx.get('evaluation_scores', id),
  insertScore: (score: EvaluationScore) => tx.insert('evaluation_scores', score),
});

/** How many scores a round has (the upgrade that gave rounds their counter reads it once). */
export const scoresOfRound = (store: DocStore, roundId: string): Promise<number> =>
  store.count('evaluation_scores', { roundId });

export const scoreRepo = (store: DocStore) => ({
  countFor: (roundId: string, targetKey: string) => store.count('evaluation_scores', { roundId, targetKey }),
  /** One rater's answers in a round (at most one per target). */
  byRater: async (roundId: string, raterKey: string): Promise<EvaluationScore[]> =>
    (await store.find('evaluation_scores', { where: { roundId, raterKey }, limit: SCORES_PAGE })).items,
  /** Every score of a round, page by page. */
  allOf: async (roundId: string): Promise<EvaluationScore[]> => {
    const all: EvaluationScore[] = [];
    let after: string | null = null;
    do {
      const page: Page<EvaluationScore> = await store.find('evaluation_scores', {
        where: { roundId },
        limit: SCORES_PAGE,
        after,
      });
      all.push(...page.items);
      after = page.next;
    } while (after !== null);
    return all;
  },
});
