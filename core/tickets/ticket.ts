/** Service tickets (帮办代办 / 零距离上门, C3): an enterprise's request, worked by named staff to the end. */

import type { PausedSpan } from './deadlines/sla-clock';
import type { TicketRating } from './rating';
import type { TicketEscalation } from './supervision';

export const TICKET_STATUSES = [
  'submitted',
  'assigned',
  'accepted',
  'in_progress',
  'waiting_enterprise',
  'resolved',
  'closed',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '待分派',
  assigned: '待受理',
  accepted: '已受理',
  in_progress: '办理中',
  waiting_enterprise: '待补充材料',
  resolved: '已解决',
  closed: '已办结',
  cancelled: '已取消',
};

/** Someone still has to act: these count as load and fill the staff inbox. */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  'submitted',
  'assigned',
  'accepted',
  'in_progress',
  'waiting_enterprise',
];
export const isOpenTicket = (status: TicketStatus): boolean => OPEN_TICKET_STATUSES.includes(status);
export const DONE_TICKET_STATUSES: readonly TicketStatus[] = ['resolved', 'closed'];

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 9;

/**
 * A file the ticket refers to: a cloud storage fileID in WeChat (cloud://…), or an id the local
 * server's upload endpoint issued (upload:…). Never a URL: files are private and read through an
 * authorised, short-lived link.
 */
export interface FileRef {
  fileId: string;
  name: string;
  size: number;
  type: AttachmentType;
}

export interface TicketPerson {
  userId: string;
  name: string;
  title: string;
}

export type CreditCodeStatus = 'valid' | 'manual_review';

export interface Ticket {
  id: string;
  version: number;
  ownerUserId: string;
  categoryId: string;
  categoryName: string;
  projectId: string | null;
  projectName: string | null;
  /** A 项目节点 work item: the plan node of `projectId` it stands for (absent on every other ticket). */
  nodeKey?: string;
  parkId: string | null;
  enterpriseName: string;
  /** Whole value; only the owner and the assignee see it unmasked. */
  creditCode: string;
  /** manual_review: the check digit failed and the enterprise asked for 请人工核验. */
  creditCodeStatus: CreditCodeStatus;
  contactName: string;
  contactPhone: string;
  description: string;
  /** 零距离上门 only: local date (+08:00) and half-day the enterprise would like staff on site. */
  preferredOnSite: { date: string; halfDay: 'am' | 'pm' } | null;
  attachments: FileRef[];
  status: TicketStatus;
  assignee: TicketPerson | null;
  /** assignee.userId again, at the top level so it can be queried (inbox, routing load). */
  assigneeUserId: string | null;
  /**
   * assigneeUserId while the ticket is open, null once it is done: the one indexed field the
   * routing load and 我的待办 count on, so neither scans a person's whole history.
   */
  openWithUserId: string | null;
  /** teamIds[0], the team working it, while open: the 团队 tab. */
  openTeamId: string | null;
  /** leaderUserId while open: the leader's 负责项目 tab. */
  openLeaderUserId: string | null;
  /** assigneeUserId once resolved or closed: 已办结. */
  doneByUserId: string | null;
  /** The team working it: the routed one first, then every team tried before it. */
  teamIds: string[];
  /** The project's or park's leader ("一位领导"), responsible to the end. */
  leader: TicketPerson | null;
  leaderUserId: string | null;
  /** What staff asked for while waiting_enterprise. */
  requestedMaterials: string[];
  resolutionSummary: string | null;
  /** Snapshot of the category's targets at creation: the SLA clocks of issue 5 start from here. */
  targets: { responseWorkingHours: number; resolutionWorkingDays: number };
  createdAt: number;
  updatedAt: number;
  acceptedAt: number | null;
  resolvedAt: number | null;
  /** The first acceptance: the response clock stops here and a later transfer does not restart it. */
  respondedAt: number | null;
  /** While waiting for the enterprise (materials, confirmation) the SLA clocks stand still (issue 5). */
  slaPauses: PausedSpan[];
  /** The next instant the scheduler must look at this ticket's clocks (warning, 督办, office); null: nothing due. */
  slaCheckAt: number | null;
  escalation: TicketEscalation;
  /** The enterprise's 好差评 on 确认办结; null until then, and for an automatic confirmation. */
  rating: TicketRating | null;
  /** While resolved: the next instant the scheduler must act (the notice, then the auto-confirmation). */
  confirmCheckAt: number | null;
  /** When the enterprise was told the ticket will be confirmed automatically. */
  confirmNoticedAt: number | null;
}

export const TICKET_EVENT_KINDS = [
  'submitted',
  'routed',
  'accepted',
  'transferred',
  'reassigned',
  'materials_requested',
  'supplemented',
  'reply',
  'note',
  'resolved',
  'reopened',
  'closed',
  'cancelled',
  'sla_warning',
  'supervised',
  'escalated',
  'confirm_notice',
  'follow_up',
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** One line of a ticket's timeline. Append-only: inserted, never changed. */
export interface TicketEvent {
  id: string;
  version: number;
  ticketId: string;
  at: number;
  seq: number;
  kind: TicketEventKind;
  actorUserId: string | null;
  actorName: string;
  text: string;
  /** Internal notes and routing reasons: staff and the leader only. */
  isInternal: boolean;
  attachments: FileRef[];
  /** The assignee and team holding the ticket right after this event (absent on events written before C8). */
  holderUserId?: string | null;
  holderTeamId?: string | null;
}
