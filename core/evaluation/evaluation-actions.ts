import * as v from 'valibot';
import type { GenericSchema } from 'valibot';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import type { InviteCodeImage } from '@core/kernel/deps';
import { idField, pagingFields, type PageOf } from '@core/kernel/paging';
import { localDateField } from '@core/kernel/validation/common-fields';
import { nameField } from '@core/kernel/validation/name-field';
import {
  DEFAULT_WINDOW_WORKING_DAYS,
  MAX_DIMENSIONS,
  MAX_TARGETS,
  PANEL_KINDS,
  SCORE_MAX,
  SCORE_MIN,
  TARGET_KINDS,
  type Dimension,
  type EvaluationRound,
  type EvaluationScore,
  type PanelKind,
  type TargetKind,
  type TargetResult,
} from './evaluation';
import { weightsTotal } from './evaluation-rules';

export type RoundView = Omit<EvaluationRound, 'version' | 'scoreCount'>;

/** The office's view of one round: how many have scored each target, by panel. */
export interface RoundProgressView extends RoundView {
  progress: { key: string; submitted: number }[];
  submitted: number;
}

/** What a rater sees of one open round: the form and the targets they may score, with their own answer. */
export interface RoundToRate {
  roundId: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  closesAt: number;
  panel: PanelKind;
  dimensions: Dimension[];
  targets: { key: string; kind: TargetKind; name: string; mine: Record<string, number> | null }[];
}

/** Published results: scores and ranks, never who gave them. */
export interface RoundResultsView {
  roundId: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  publishedAt: number;
  dimensions: Dimension[];
  results: TargetResult[];
}

/** A round's code in full, with an image to scan on site; handed back, never stored. */
export interface RoundQrView {
  roundId: string;
  code: string;
  closesAt: number;
  /** The rating page with the code: a mini-program code in WeChat (scene = the code), a QR of the H5 link locally. */
  path: string;
  image: InviteCodeImage;
}

/** A project the office may pick as a target. */
export interface TargetProjectView {
  id: string;
  name: string;
  enterpriseName: string | null;
}

export type ScoreView = Omit<EvaluationScore, 'version' | 'raterUserId' | 'raterKey'>;

/** A whole number from `min` to `max`, each refusal in the form's words. */
const wholeNumber = (min: number, max: number, say: { missing: string; whole: string; low: string; high: string }) =>
  v.pipe(v.number(say.missing), v.integer(say.whole), v.minValue(min, say.low), v.maxValue(max, say.high));

const weightField = wholeNumber(1, 100, {
  ...{ missing: '请填写权重', whole: '权重须为整数' },
  ...{ low: '权重至少为 1', high: '权重不超过 100' },
});

const dimensionsField = v.pipe(
  v.array(v.strictObject({ name: nameField('维度名称', 2, 20), weight: weightField }), '请填写评议维度'),
  v.minLength(1, '请至少设置一个评议维度'),
  v.maxLength(MAX_DIMENSIONS, `评议维度不超过${MAX_DIMENSIONS}个`),
  v.check((ds) => weightsTotal(ds) === 100, '各维度权重之和须为 100'),
  v.check((ds) => new Set(ds.map((d) => d.name)).size === ds.length, '维度名称不能重复'),
);

const targetsField = v.pipe(
  v.array(v.strictObject({ kind: v.picklist(TARGET_KINDS, '未知的评议对象类型'), id: idField }), '请选择评议对象'),
  v.minLength(2, '请至少选择两个评议对象'),
  v.maxLength(MAX_TARGETS, `评议对象不超过${MAX_TARGETS}个`),
  v.check((ts) => new Set(ts.map((t) => `${t.kind}:${t.id}`)).size === ts.length, '评议对象不能重复'),
);

const panelsField = v.pipe(
  v.array(v.picklist(PANEL_KINDS, '未知的评议组'), '请选择评议组'),
  v.minLength(1, '请至少选择一个评议组'),
  v.check((ps) => new Set(ps).size === ps.length, '评议组不能重复'),
);

const instantField = (label: string) =>
  v.pipe(v.number(`请选择${label}`), v.integer(`请选择${label}`), v.minValue(0, `请选择${label}`));

/** A round's form: the same fields to open it and to edit it. The period defaults to the quarter the window opens in. */
export const roundFields = {
  title: nameField('评议名称', 2, 40),
  periodFrom: v.optional(localDateField),
  periodTo: v.optional(localDateField),
  targets: targetsField,
  panels: panelsField,
  dimensions: dimensionsField,
  /** Default: now. */
  opensAt: v.optional(instantField('开始时间')),
  windowWorkingDays: v.optional(
    wholeNumber(1, 10, {
      ...{ missing: '请填写评议时长', whole: '评议时长须为整数' },
      ...{ low: '评议时长至少 1 个工作日', high: '评议时长不超过 10 个工作日' },
    }),
    DEFAULT_WINDOW_WORKING_DAYS,
  ),
};

/** The code shown on site: 8 characters; case, spaces and dashes ignored. */
const codeField = v.pipe(
  v.string('请输入评议码'),
  v.transform((s) => s.toUpperCase().replace(/[\s-]/g, '')),
  v.regex(/^[0-9A-Z]{8}$/, '评议码为8位字母或数字'),
);

const scoreRange = `分值为${SCORE_MIN}–${SCORE_MAX}分`;
const scoresField = v.record(
  v.pipe(v.string(), v.regex(/^d\d{1,2}$/, '未知的评议维度')),
  wholeNumber(SCORE_MIN, SCORE_MAX, { missing: '请打分', whole: '请打整数分', low: scoreRange, high: scoreRange }),
  '请打分',
);

const OFFICE = ['admin'] as const;
const RATERS = ['staff', 'leader', 'enterprise'] as const;

/** What only the office reads, and what it changes (audited). */
const officeRead =
  <O>() =>
  <S extends GenericSchema>(input: S) =>
    defineAction<O>()({ input, audience: OFFICE });
const officeChange =
  <O>() =>
  <S extends GenericSchema>(input: S) =>
    defineAction<O>()({ input, audience: OFFICE, isMutation: true, isAudited: true });

/** One cloud function, `evaluation`: the office's rounds, the raters' scoring, the published results. */
export const evaluationActions = {
  'evaluation.open': officeChange<RoundView>()(v.strictObject(roundFields)),
  /** Refused once the first score is in: a form must not change under its raters. */
  'evaluation.edit': officeChange<RoundView>()(v.strictObject({ roundId: idField, ...roundFields })),
  'evaluation.rounds': officeRead<PageOf<RoundView>>()(v.strictObject({ ...pagingFields })),
  'evaluation.round': officeRead<RoundProgressView>()(v.strictObject({ roundId: idField })),
  /** Projects to pick as targets (not terminated), by a part of their name, page by page. */
  'evaluation.projects': officeRead<PageOf<TargetProjectView>>()(
    v.strictObject({
      query: v.optional(v.pipe(v.string('搜索词应为文本'), v.trim(), v.maxLength(30, '搜索词不超过30个字')), ''),
      ...pagingFields,
    }),
  ),
  /** The code of an open round as an image to scan on site (a read of what lets enterprises rate: audited). */
  'evaluation.qrcode': defineAction<RoundQrView>()({
    input: v.strictObject({ roundId: idField }),
    audience: OFFICE,
    isAudited: true,
  }),
  /** Staff and leaders: every open round they sit on; enterprises: the round of the code shown on site. */
  'evaluation.toRate': defineAction<{ rounds: RoundToRate[] }>()({
    input: v.strictObject({ code: v.optional(codeField) }),
    audience: RATERS,
  }),
  /** One per rater and target: a second submission answers the first, unchanged. */
  'evaluation.submit': defineAction<ScoreView>()({
    input: v.strictObject({
      roundId: idField,
      targetKey: v.pipe(v.string('请选择评议对象'), v.minLength(1, '请选择评议对象'), v.maxLength(80)),
      scores: scoresField,
      code: v.optional(codeField),
    }),
    audience: RATERS,
    isMutation: true,
  }),
  /** The latest published rounds, and one round's results (the latest when none is named). */
  'evaluation.results': defineAction<{
    rounds: { roundId: string; title: string; publishedAt: number }[];
    round: RoundResultsView | null;
  }>()({
    input: v.strictObject({ roundId: v.optional(idField) }),
    audience: ['staff', 'leader', 'admin'],
  }),
};

export type EvaluationHandler<A extends keyof typeof evaluationActions> = HandlerOf<(typeof evaluationActions)[A]>;
