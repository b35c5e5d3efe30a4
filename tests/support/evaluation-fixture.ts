import type { ActionInput } from '@core/app/contract';
import { DEFAULT_DIMENSIONS } from '@core/evaluation/evaluation';

/** Three seeded teams: 京德 reception (赵主任 leads, 张专员 in it), 新材料 reception and the duty desk (钱主任 leads both). */
export const ROUND_TEAMS = ['reception-jingde-smart', 'reception-new-materials', 'svc-duty'] as const;

export const validRound = (over: Partial<ActionInput<'evaluation.open'>> = {}): ActionInput<'evaluation.open'> => ({
  title: '2026年第四季度现场评议',
  targets: ROUND_TEAMS.map((id) => ({ kind: 'team' as const, id })),
  panels: ['leader', 'staff', 'enterprise'],
  dimensions: DEFAULT_DIMENSIONS.map(({ name, weight }) => ({ name, weight })),
  ...over,
});

/** The same score on every dimension of the default form. */
export const allScores = (score: number): Record<string, number> =>
  Object.fromEntries(DEFAULT_DIMENSIONS.map((d) => [d.key, score]));
