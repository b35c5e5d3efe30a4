/**
 * 现场评议 (issue 12 item 4, DOMAIN.md): the office opens a round over a period; panels of leaders,
 * staff of other teams and enterprises score each target 1–5 per dimension within a window of
 * working days; after the window the scheduler publishes weighted scores and ranks, opens a 整改 for
 * the bottom team and writes every team's score into the 考核台账.
 */

/** The kinds of a label table, in its order: each kind is written once, with its label. */
const kindsOf = <K extends string>(labels: Record<K, string>): K[] => Object.keys(labels) as K[];

export const PANEL_LABELS = { leader: '领导', staff: '其他团队专员', enterprise: '企业代表' } as const;
export type PanelKind = keyof typeof PANEL_LABELS;
export const PANEL_KINDS = kindsOf(PANEL_LABELS);

export const TARGET_KIND_LABELS = { team: '团队', project: '项目' } as const;
export type TargetKind = keyof typeof TARGET_KIND_LABELS;
export const TARGET_KINDS = kindsOf(TARGET_KIND_LABELS);

/** Where raters score: the QR (and the mini-program code's page) opens it with the round's code. */
export const RATE_PAGE = 'subpackages/evaluation/pages/rate/index';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** The window raters have, in working days at +08:00, unless the office says otherwise. */
export const DEFAULT_WINDOW_WORKING_DAYS = 3;
/** The bottom team's 整改 is due this many working days after publication (the rule). */
export const ROUND_FOLLOW_UP_WORKING_DAYS = 10;
export const MAX_TARGETS = 40;
export const MAX_DIMENSIONS = 8;

/** One scored aspect; the weights of a form sum to 100. */
export interface Dimension {
  key: string;
  name: string;
  weight: number;
}

/** The form a new round starts with (待区办核定: the office edits it). */
export const DEFAULT_DIMENSIONS: readonly Dimension[] = [
  { key: 'd1', name: '服务态度', weight: 20 },
  { key: 'd2', name: '办事效率', weight: 30 },
  { key: 'd3', name: '问题解决', weight: 30 },
  { key: 'd4', name: '廉洁守纪', weight: 20 },
];

/** A team, or a project (scored, and credited to the project's team). */
export interface RoundTarget {
  /** `team:<id>` or `project:<id>`. */
  key: string;
  kind: TargetKind;
  id: string;
  name: string;
  /** The team that answers for it: the team itself, or the project's team. */
  teamId: string | null;
  teamName: string | null;
  leaderUserId: string | null;
  /** The parks it belongs to: the team's park, and a project's own park (absent on rounds opened before). */
  parkIds?: string[];
}

export const ROUND_STATUSES = ['open', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface TargetResult {
  key: string;
  kind: TargetKind;
  name: string;
  teamId: string | null;
  teamName: string | null;
  /** Σ(weight × the dimension's mean) ÷ 5: 20–100; null when nobody rated it. */
  score: number | null;
  /** 1 = best; ties share a rank; null when unrated. */
  rank: number | null;
  raterCount: number;
  /** Each dimension's mean (1–5, two decimals), in the form's order. */
  means: { key: string; mean: number | null }[];
}

export interface EvaluationRound {
  id: string;
  version: number;
  title: string;
  /** The period assessed, local dates at +08:00, both inclusive. */
  periodFrom: string;
  periodTo: string;
  targets: RoundTarget[];
  panels: PanelKind[];
  dimensions: Dimension[];
  /** The scoring window [opensAt, closesAt), UTC ms. */
  opensAt: number;
  closesAt: number;
  windowWorkingDays: number;
  /** Shown on site (text and QR) for enterprise raters. */
  code: string;
  status: RoundStatus;
  createdByUserId: string;
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
  results: TargetResult[] | null;
  /**
   * Scores submitted so far. Kept in the round's own document so that a submission (which raises it)
   * and an edit (refused while it is above 0) read and write it in one transaction each: WeChat
   * transactions hold single-document operations only, so a count of evaluation_scores cannot be in one.
   */
  scoreCount: number;
}

/** One rater's scores for one target. Its id is derived from round, target and rater: a second submission is the first. */
export interface EvaluationScore {
  id: string;
  version: number;
  roundId: string;
  targetKey: string;
  /** `u:<userId>` for staff and leaders; `e:<enterprise>` for an enterprise (one voice per enterprise). */
  raterKey: string;
  raterKind: PanelKind;
  raterUserId: string;
  scores: Record<string, number>;
  at: number;
}

export const scoreIdOf = (roundId: string, targetKey: string, raterKey: string): string =>
  `${roundId}|${targetKey}|${raterKey}`;
