import type { Dimension, EvaluationRound, EvaluationScore, PanelKind, RoundTarget, TargetResult } from './evaluation';

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Σ(weight × mean) ÷ 5 over the form: a 1–5 form on a 100-point scale (all 5s = 100, all 1s = 20). */
export const weightedScore = (dimensions: readonly Dimension[], means: ReadonlyMap<string, number>): number =>
  round1(dimensions.reduce((sum, d) => sum + d.weight * (means.get(d.key) ?? 0), 0) / 5);

/** Competition ranking (1, 2, 2, 4) by score, best first; unrated targets are not ranked. */
const ranked = (rows: TargetResult[]): TargetResult[] => {
  const scored = rows.filter((r) => r.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const rankOf = new Map<string, number>();
  scored.forEach((r, i) => {
    const prev = scored[i - 1];
    rankOf.set(r.key, prev && prev.score === r.score ? (rankOf.get(prev.key) ?? i + 1) : i + 1);
  });
  return rows
    .map((r) => ({ ...r, rank: rankOf.get(r.key) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
};

/** The published results of a round: each target's dimension means over its raters, its weighted score and rank. */
export const roundResults = (
  round: Pick<EvaluationRound, 'targets' | 'dimensions'>,
  scores: readonly EvaluationScore[],
): TargetResult[] =>
  ranked(
    round.targets.map((t: RoundTarget): TargetResult => {
      const mine = scores.filter((s) => s.targetKey === t.key);
      const means = new Map<string, number>();
      for (const d of round.dimensions) {
        if (mine.length > 0) means.set(d.key, mine.reduce((sum, s) => sum + (s.scores[d.key] ?? 0), 0) / mine.length);
      }
      return {
        ...{ key: t.key, kind: t.kind, name: t.name, teamId: t.teamId, teamName: t.teamName },
        score: mine.length > 0 ? weightedScore(round.dimensions, means) : null,
        rank: null,
        raterCount: mine.length,
        means: round.dimensions.map((d) => {
          const mean = means.get(d.key);
          return { key: d.key, mean: mean === undefined ? null : round2(mean) };
        }),
      };
    }),
  );

/** The bottom of the ranked targets that answer to a team (every one tied for last). */
export const bottomOf = (results: readonly TargetResult[]): TargetResult[] => {
  const withTeam = results.filter((r) => r.rank !== null && r.teamId !== null);
  const last = Math.max(...withTeam.map((r) => r.rank ?? 0));
  return withTeam.length === 0 ? [] : withTeam.filter((r) => r.rank === last);
};

/** Which panel a caller sits on in this round, or null: a leader as a leader, other staff as staff. */
export const panelOf = (roles: readonly string[], panels: readonly PanelKind[]): PanelKind | null => {
  if (roles.includes('leader') && panels.includes('leader')) return 'leader';
  if (roles.includes('staff') && panels.includes('staff')) return 'staff';
  if (roles.includes('enterprise') && panels.includes('enterprise')) return 'enterprise';
  return null;
};

/** Nobody rates their own team: a target is the rater's own when its team is one they belong to or lead. */
export const isOwnTarget = (target: RoundTarget, ownTeamIds: ReadonlySet<string>): boolean =>
  target.teamId !== null && ownTeamIds.has(target.teamId);

/** Weights sum to 100 and keys are unique: what the form schema checks, also for a stored round. */
export const weightsTotal = (dimensions: readonly Pick<Dimension, 'weight'>[]): number =>
  dimensions.reduce((sum, d) => sum + d.weight, 0);
