import { createStore } from 'zustand/vanilla';
import type { ActionInput } from '@core/app/contract';
import type { RoundProgressView, RoundResultsView, RoundToRate } from '@core/evaluation/evaluation-actions';
import type { Envelope, WireError } from '@core/kernel/errors';
import { call, type Transport } from '@/services/transport';
import { newRequestId } from '@/services/request-id';
import { taroStorage, type KeyValueStorage } from '@/services/local-storage';
import { createRunChange } from '@/stores/run-change';

/** A rater's unsent scores for one target, with the one requestId its submit carries until it succeeds. */
export interface ScoreDraft {
  scores: Record<string, number>;
  requestId: string;
}

const PROJECT_PAGE = 10;

const draftKey = (roundId: string, targetKey: string) => `evaluation-draft:${roundId}:${targetKey}`;

const isDraft = (value: unknown): value is ScoreDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ScoreDraft).requestId === 'string' &&
  typeof (value as ScoreDraft).scores === 'object';

interface Loaded<T> {
  status: 'idle' | 'loading' | 'ready' | 'error';
  data: T | null;
  error: WireError | null;
}
const idle = <T>(): Loaded<T> => ({ status: 'idle', data: null, error: null });

const load = <T>(
  set: (patch: { [k: string]: Loaded<T> }) => void,
  key: string,
  answer: Promise<Envelope<T>>,
): Promise<void> => {
  set({ [key]: { status: 'loading', data: null, error: null } });
  return answer.then((a) =>
    set({
      [key]: a.ok ? { status: 'ready', data: a.data, error: null } : { status: 'error', data: null, error: a.error },
    }),
  );
};

/** The 现场评议 subpackage's own store: the office's rounds, a rater's open targets and drafts, the results. */
export const makeEvaluationStore = (transport: Transport, storage: KeyValueStorage, requestIds: () => string) => {
  const runChange = createRunChange(transport, requestIds);
  return createStore<{
    rounds: Loaded<RoundProgressView[]>;
    toRate: Loaded<{ rounds: RoundToRate[] }>;
    results: Loaded<{
      rounds: { roundId: string; title: string; publishedAt: number }[];
      round: RoundResultsView | null;
    }>;
    teams: Loaded<{ id: string; label: string }[]>;
    loadTeams(): Promise<void>;
    loadRounds(): Promise<void>;
    loadToRate(code?: string): Promise<void>;
    loadResults(roundId?: string): Promise<void>;
    saveRound(
      input: ActionInput<'evaluation.open'>,
      roundId: string | null,
    ): ReturnType<typeof transport<'evaluation.open'>>;
    draftOf(roundId: string, targetKey: string): ScoreDraft;
    setScore(roundId: string, targetKey: string, dimension: string, score: number): ScoreDraft;
    submit(roundId: string, targetKey: string, code?: string): ReturnType<typeof transport<'evaluation.submit'>>;
    /** Projects to pick as targets, by a part of their name, one page at a time. */
    findProjects(query: string, cursor: string | null): ReturnType<typeof transport<'evaluation.projects'>>;
    /** An open round's code as an image to scan on site (audited; made on each ask, kept nowhere). */
    qrCode(roundId: string): ReturnType<typeof transport<'evaluation.qrcode'>>;
  }>()((set, get) => ({
    rounds: idle(),
    toRate: idle(),
    results: idle(),
    teams: idle(),
    loadTeams: () =>
      load(
        set as never,
        'teams',
        transport('admin.teams.list', { limit: 100 }).then((a) =>
          a.ok ? { ok: true as const, data: a.data.items.map((t) => ({ id: t.id, label: t.name })) } : a,
        ),
      ),
    loadRounds: () =>
      load(
        set as never,
        'rounds',
        transport('evaluation.rounds', {}).then(async (page) => {
          if (!page.ok) return page;
          const detailed = await Promise.all(
            page.data.items.map((r) => transport('evaluation.round', { roundId: r.id })),
          );
          const failed = detailed.find((d) => !d.ok);
          if (failed && !failed.ok) return failed;
          return { ok: true as const, data: detailed.flatMap((d) => (d.ok ? [d.data] : [])) };
        }),
      ),
    loadToRate: (code) => load(set as never, 'toRate', transport('evaluation.toRate', code ? { code } : {})),
    loadResults: (roundId) =>
      load(set as never, 'results', transport('evaluation.results', roundId ? { roundId } : {})),
    saveRound: (input, roundId) =>
      roundId
        ? (runChange('evaluation.edit', { roundId, ...input }, { target: roundId }) as never)
        : runChange('evaluation.open', input, { target: 'new-round' }),
    draftOf: (roundId, targetKey) => {
      const stored = storage.get(draftKey(roundId, targetKey));
      return isDraft(stored) ? stored : { scores: {}, requestId: requestIds() };
    },
    setScore: (roundId, targetKey, dimension, score) => {
      const draft = get().draftOf(roundId, targetKey);
      const next = { ...draft, scores: { ...draft.scores, [dimension]: score } };
      storage.set(draftKey(roundId, targetKey), next);
      return next;
    },
    findProjects: (query, cursor) =>
      transport('evaluation.projects', { query, limit: PROJECT_PAGE, ...(cursor ? { cursor } : {}) }),
    qrCode: (roundId) => transport('evaluation.qrcode', { roundId }),
    submit: (roundId, targetKey, code) => {
      const draft = get().draftOf(roundId, targetKey);
      // Keep the requestId until an answer comes: a retry after a lost answer submits once.
      storage.set(draftKey(roundId, targetKey), draft);
      const input = { roundId, targetKey, scores: draft.scores, ...(code ? { code } : {}) };
      return transport('evaluation.submit', input, { requestId: draft.requestId }).then((answer) => {
        if (answer.ok) storage.remove(draftKey(roundId, targetKey));
        return answer;
      });
    },
  }));
};

export const evaluationStore = makeEvaluationStore(call, taroStorage, newRequestId);
