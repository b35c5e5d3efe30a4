/** 督办 and 内部考核 (issue 5): what an overdue ticket leaves behind for leaders and the office. */

/** leader: the responsible leader's 督办; office: still overdue a working day later, raised to the office (admin). */
export const SUPERVISION_LEVELS = ['leader', 'office'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** A ticket's two deadline clocks: 首次响应 and 办结. */
export const SLA_CLOCK_NAMES = ['response', 'resolution'] as const;
export type SlaClockName = (typeof SLA_CLOCK_NAMES)[number];
export const SLA_CLOCK_LABELS: Record<SlaClockName, string> = { response: '首次响应', resolution: '办结' };

/** One 督办 item: raised once per ticket, clock and level by the scheduler, listed for whoever must act. */
export interface SupervisionItem {
  id: string;
  version: number;
  ticketId: string;
  clock: SlaClockName;
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

export const ASSESSMENT_KINDS = ['breach', 'bad_rating', 'on_time_close', 'evaluation'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  breach: '超时',
  bad_rating: '差评',
  on_time_close: '按时办结',
  evaluation: '现场评议',
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
  /** The ticket a line is about; null for a 现场评议 line, which names its round instead. */
  ticketId: string | null;
  /** The 现场评议 round (kind evaluation) and the subject's weighted score in it (0–100); absent on ticket lines. */
  roundId?: string;
  score?: number;
  /** A 现场评议 line's parks (the target team's, a project's); absent on ticket lines and older round lines. */
  parkIds?: string[];
  at: number;
  note: string;
}

/** When each escalation step of one clock happened; each is stamped once, in the step's own transaction. */
export interface EscalationSteps {
  warnedAt: number | null;
  supervisedAt: number | null;
  escalatedAt: number | null;
}

/** Per clock, so a late response and a late resolution are each reminded, supervised and counted. */
export type TicketEscalation = Record<SlaClockName, EscalationSteps>;

const NO_STEPS: EscalationSteps = { warnedAt: null, supervisedAt: null, escalatedAt: null };
export const NO_ESCALATION: TicketEscalation = { response: NO_STEPS, resolution: NO_STEPS };
