/** 督办 and 内部考核 (issue 5): what an overdue ticket leaves behind for leaders and the office. */

/** leader: the responsible leader's 督办; office: still overdue a working day later, raised to the office (admin). */
export const SUPERVISION_LEVELS = ['leader', 'office'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** One 督办 item: raised once per ticket and level by the scheduler, listed for whoever must act. */
export interface SupervisionItem {
  id: string;
  version: number;
  ticketId: string;
  level: SupervisionLevel;
  /** The responsible leader for level leader; null for the office, which every admin sees. */
  leaderUserId: string | null;
  categoryName: string;
  enterpriseName: string;
  assigneeName: string | null;
  /** The deadline that was missed (UTC ms). */
  dueAt: number;
  createdAt: number;
}

export const ASSESSMENT_KINDS = ['breach', 'bad_rating', 'on_time_close'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  breach: '超时',
  bad_rating: '差评',
  on_time_close: '按时办结',
};

/** One line of the assessment ledger (内部考核评价), written for the person and again for the team. */
export interface AssessmentEntry {
  id: string;
  version: number;
  kind: AssessmentKind;
  subject: 'person' | 'team';
  /** A userId for a person, a teamId for a team. */
  subjectId: string;
  subjectName: string;
  ticketId: string;
  at: number;
  note: string;
}

/** When each escalation step happened on a ticket; each is stamped once, in the step's own transaction. */
export interface TicketEscalation {
  warnedAt: number | null;
  supervisedAt: number | null;
  escalatedAt: number | null;
}

export const NO_ESCALATION: TicketEscalation = { warnedAt: null, supervisedAt: null, escalatedAt: null };
