/**
 * A project in the zone ("五个一": one project, one leader, one team, followed to the end). C6: the
 * record, its forward-only stages with their evidence, and its timeline; tickets need the owner,
 * the park, the leader and the team.
 */
export const PROJECT_STAGES = ['negotiating', 'signed', 'construction', 'completed', 'production'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PROJECT_STAGE_LABELS: Record<ProjectStage, string> = {
  negotiating: '洽谈',
  signed: '签约',
  construction: '开工',
  completed: '竣工',
  production: '投产',
};

/** A project ends at 投产 or is 终止 from any earlier stage, with a reason. */
export type ProjectStatus = ProjectStage | 'terminated';
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = { ...PROJECT_STAGE_LABELS, terminated: '终止' };

/**
 * Green screening (四个坚决不上) at intake: the project's copy of its screening's verdict
 * (core/projects/screening). `pending` until screened; 签约 needs `passed` or `conditional`.
 */
export const SCREENING_STATES = ['pending', 'passed', 'conditional', 'review', 'rejected'] as const;
export type ScreeningState = (typeof SCREENING_STATES)[number];
export const SCREENING_LABELS: Record<ScreeningState, string> = {
  pending: '待筛查',
  passed: '通过',
  conditional: '有条件通过',
  review: '提交评审会',
  rejected: '不予引进',
};

/** What 签约 checks: the screening passed, with or without conditions. */
export const screeningAllowsSigning = (screening: ScreeningState): boolean =>
  screening === 'passed' || screening === 'conditional';

/** What each forward move must carry. Dates are local dates at +08:00. */
export interface StageEvidence {
  signed?: { date: string; agreementFileId: string };
  /** 开工: a 施工许可证 number, or a site photo, or both. */
  construction?: { date: string; permitNo: string | null; sitePhotoFileId: string | null };
  /** 竣工: the date of the 竣工验收备案. */
  completed?: { acceptanceFiledOn: string };
  production?: { date: string };
}

export interface Project {
  id: string;
  version: number;
  name: string;
  enterpriseName: string | null;
  /** 统一社会信用代码; null until the enterprise gives it. Duplicates are matched on it first. */
  creditCode: string | null;
  /**
   * The enterprise contact: the account that may file tickets for it and read the project. The
   * investor who booked the visit, for a project converted from a lead; null until one signs in.
   */
  ownerUserId: string | null;
  /** null when the article does not say which park. */
  parkId: string | null;
  /** One of the zone's industries (catalog), where known. */
  industryId: string | null;
  /** GB/T 4754 class, where known (e.g. C3963). */
  industryClass: string | null;
  /** The stage reached; `status` also says whether it was terminated. */
  stage: ProjectStage;
  status: ProjectStatus;
  evidence: StageEvidence;
  terminatedReason: string | null;
  /** 计划投资, 万元; null when not known. */
  investmentWan: number | null;
  /** 用地, 亩; null when none or not known. */
  landMu: number | null;
  /** Only what the source says; never a figure it does not give. */
  investmentNote: string | null;
  /** 一位领导 and 一套班子: null until set; 签约 needs both. */
  leaderUserId: string | null;
  teamId: string | null;
  screening: ScreeningState;
  /** The lead it came from (visit → lead → project), or null when entered directly. */
  leadId: string | null;
  createdAt: number;
  updatedAt: number;
}

/** 线索: a completed visit staff judged worth following (转为线索). Keeps the visit; later keeps the project. */
export interface Lead {
  id: string;
  version: number;
  visitId: string;
  company: string;
  contactUserId: string;
  contactName: string;
  /** Whole; masked for anyone but staff. */
  contactPhone: string;
  parkId: string | null;
  industryId: string | null;
  status: 'open' | 'converted';
  projectId: string | null;
  createdByUserId: string;
  createdAt: number;
  updatedAt: number;
}

export const PROJECT_EVENT_KINDS = [
  'created',
  'edited',
  'moved',
  'terminated',
  'from_lead',
  'lead_linked',
  'screened',
  'planned',
  'replanned',
  'node_confirmed',
] as const;
export type ProjectEventKind = (typeof PROJECT_EVENT_KINDS)[number];

/** One line of a project's timeline. Append-only: events are inserted, never changed. */
export interface ProjectEvent {
  id: string;
  version: number;
  projectId: string;
  at: number;
  seq: number;
  kind: ProjectEventKind;
  actorUserId: string | null;
  actorName: string;
  text: string;
  /** Internal notes are for staff; the enterprise never sees them. */
  isInternal: boolean;
}
