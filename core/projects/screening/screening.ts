import type { ScreeningState } from '../project';

/**
 * Green screening at intake (四个坚决不上, issue 11 item 4). The zone's checklist is data the office
 * edits (`screening_items`); a screening keeps a copy of the items it was answered against, so a
 * later edit of the checklist never changes a finished screening.
 */

/** One checklist item, as the office keeps it. Each edit bumps `version`. */
export interface ScreeningItem {
  id: string;
  version: number;
  /** What must hold for a project to pass, e.g. 不属于高耗水项目. */
  text: string;
  category: string;
  /** A failed veto item (一票否决) means 不予引进, whatever the rest says. */
  isVeto: boolean;
  /** 符合 must carry an evidence file (a 环保 opinion, an 能评 conclusion…). */
  needsEvidence: boolean;
  isActive: boolean;
  order: number;
  /** Where the item comes from; the office's own items say so. */
  source: string;
  /** false while the office has not confirmed it (shown as 待区办核定). */
  isSettled: boolean;
  updatedAt: number;
}

export const SCREENING_ANSWERS = ['meets', 'fails', 'unverified'] as const;
export type ScreeningAnswer = (typeof SCREENING_ANSWERS)[number];
export const SCREENING_ANSWER_LABELS: Record<ScreeningAnswer, string> = {
  meets: '符合',
  fails: '不符合',
  unverified: '待核实',
};

/** An uploaded file (the upload path of tickets): cloud fileID or the local server's upload id. */
export interface ScreeningFile {
  fileId: string;
  name: string;
}

export interface ItemAnswer {
  answer: ScreeningAnswer;
  evidence: ScreeningFile[];
  note: string | null;
}

/** A condition of 有条件通过: it becomes a node of the project's plan (see withScreeningConditions). */
export interface ScreeningCondition {
  text: string;
  durationWd: number;
  /** The plan node it must be finished before (a template node key, e.g. permit = 施工许可). */
  beforeKey: string;
}

/** The item as answered: the checklist copy the screening keeps. */
export interface AnsweredItem extends ItemAnswer {
  itemId: string;
  itemVersion: number;
  text: string;
  category: string;
  isVeto: boolean;
  needsEvidence: boolean;
  source: string;
}

/** What the 项目综合评审论证会 decided on a screening sent to it, with its uploaded minutes. */
export interface ReviewMeeting {
  minutes: ScreeningFile[];
  heldOn: string;
  decision: Exclude<ScreeningOutcome, 'review'>;
  note: string | null;
  recordedByUserId: string;
  recordedByName: string;
  recordedAt: number;
}

/** The verdict of a screening: 不予引进, 提交评审会, 通过 or 有条件通过. */
export type ScreeningOutcome = Exclude<ScreeningState, 'pending'>;

/** A `screenings` document: one per lead (carried to its project) or per project entered directly. */
export interface Screening {
  id: string;
  version: number;
  leadId: string | null;
  projectId: string | null;
  /** The company or project name, for the rejection list. */
  subjectName: string;
  /** 计划投资 (万元) when screened: what a rejection turned away; null when unknown. */
  investmentWan: number | null;
  items: AnsweredItem[];
  conditions: ScreeningCondition[];
  note: string | null;
  outcome: ScreeningOutcome;
  /** Who answered the checklist; never the lead's creator nor the project's leader. */
  reviewerUserId: string;
  reviewerName: string;
  submittedAt: number;
  meeting: ReviewMeeting | null;
  /** When the verdict became final (submit, or the meeting's decision); null while 提交评审会. */
  decidedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * The verdict of the answers: any failed veto item → 不予引进; else anything unverified, or a failed
 * non-veto item without a condition to mend it, → 提交评审会; else 有条件通过 when conditions were set,
 * 通过 otherwise.
 */
export const screeningOutcomeOf = (
  items: readonly Pick<AnsweredItem, 'isVeto' | 'answer'>[],
  conditionCount: number,
): ScreeningOutcome => {
  if (items.some((i) => i.isVeto && i.answer === 'fails')) return 'rejected';
  if (items.some((i) => i.answer === 'unverified')) return 'review';
  if (items.some((i) => i.answer === 'fails') && conditionCount === 0) return 'review';
  return conditionCount > 0 ? 'conditional' : 'passed';
};

/** A screening is final once it has a verdict other than 提交评审会. */
export const isScreeningFinal = (s: Pick<Screening, 'outcome'>): boolean => s.outcome !== 'review';

export const screeningIdOfLead = (leadId: string): string => `scr-${leadId}`;
/** A project carries its lead's screening; one entered directly has its own. */
export const screeningIdOfProject = (project: { id: string; leadId: string | null }): string =>
  project.leadId ? screeningIdOfLead(project.leadId) : `scr-${project.id}`;

/**
 * Who may not screen: the person who brought the lead in (its creator, who is pushing it) and the
 * project's 一位领导 (领导帮包责任制: the leader answers for landing it). Separation of duties.
 */
export const isScreeningOwner = (
  userId: string,
  owners: { leadCreatedBy: string | null; projectLeader: string | null },
): boolean => userId === owners.leadCreatedBy || userId === owners.projectLeader;
