import type { TimelinePage } from '@core/kernel/store/timeline-page';
import { maskCreditCode, maskPhone } from '@core/kernel/mask';
import type {
  CreditCodeStatus,
  FileRef,
  Ticket,
  TicketEvent,
  TicketEventKind,
  TicketPerson,
  TicketStatus,
} from './ticket';
import type { TicketRating } from './rating';
import type { TicketEscalation } from './supervision';
import type { TicketSlaView } from './deadlines/ticket-sla';
import { canActAs, nextStatus, TICKET_CHANGES, type TicketActor, type TicketChange } from './ticket-transitions';

export interface TicketTimelineLine {
  id: string;
  at: number;
  kind: TicketEventKind;
  actorName: string;
  text: string;
  isInternal: boolean;
  attachments: FileRef[];
}

export interface TicketCard {
  id: string;
  categoryName: string;
  projectName: string | null;
  enterpriseName: string;
  status: TicketStatus;
  /** "张专员（招商服务专员）" or null while nobody has it. */
  assigneeName: string | null;
  createdAt: number;
  updatedAt: number;
  /** Both deadline clocks read at the time of the answer; null once cancelled. */
  sla: TicketSlaView | null;
}

export interface TicketView extends TicketCard {
  version: number;
  categoryId: string;
  projectId: string | null;
  creditCode: string;
  creditCodeStatus: CreditCodeStatus;
  contactName: string;
  contactPhone: string;
  description: string;
  preferredOnSite: Ticket['preferredOnSite'];
  attachments: FileRef[];
  assignee: Omit<TicketPerson, 'userId'> | null;
  leader: Omit<TicketPerson, 'userId'> | null;
  requestedMaterials: string[];
  resolutionSummary: string | null;
  targets: Ticket['targets'];
  acceptedAt: number | null;
  resolvedAt: number | null;
  /** 督办 raised to the leader / the office, when (the timeline says the same in words). */
  escalation: TicketEscalation;
  rating: TicketRating | null;
  /** How the caller stands to the ticket. */
  viewerRoles: TicketActor[];
  /** What the caller may do now, so the page shows only live buttons. */
  can: Record<TicketChange, boolean>;
  /** The latest events, oldest first; earlier ones through tickets.timeline with this cursor. */
  timeline: TicketTimelineLine[];
  timelineEarlier: string | null;
}

const personText = (p: TicketPerson | null) => (p ? `${p.name}（${p.title}）` : null);
const publicPerson = (p: TicketPerson | null) => (p ? { name: p.name, title: p.title } : null);

export const toTicketCard = (t: Ticket, sla: TicketSlaView | null): TicketCard => ({
  id: t.id,
  categoryName: t.categoryName,
  projectName: t.projectName,
  enterpriseName: t.enterpriseName,
  status: t.status,
  assigneeName: personText(t.assignee),
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
  sla,
});

/** Only the enterprise that filed it and the assignee need the full phone and code (PIPL). */
const seesPersonalData = (roles: ReadonlySet<TicketActor>) => roles.has('owner') || roles.has('assignee');
/** Internal notes and routing reasons are for the zone's people, never the enterprise. */
const seesInternal = (roles: ReadonlySet<TicketActor>) =>
  roles.has('assignee') || roles.has('team') || roles.has('leader') || roles.has('office');

export const toTicketView = (
  t: Ticket,
  roles: ReadonlySet<TicketActor>,
  events: TimelinePage<TicketEvent>,
  sla: TicketSlaView | null,
): TicketView => {
  const full = seesPersonalData(roles);
  return {
    ...toTicketCard(t, sla),
    version: t.version,
    categoryId: t.categoryId,
    projectId: t.projectId,
    creditCode: full ? t.creditCode : maskCreditCode(t.creditCode),
    creditCodeStatus: t.creditCodeStatus,
    contactName: t.contactName,
    contactPhone: full ? t.contactPhone : (maskPhone(t.contactPhone) ?? ''),
    description: t.description,
    preferredOnSite: t.preferredOnSite,
    attachments: t.attachments,
    assignee: publicPerson(t.assignee),
    leader: publicPerson(t.leader),
    requestedMaterials: t.requestedMaterials,
    resolutionSummary: t.resolutionSummary,
    targets: t.targets,
    acceptedAt: t.acceptedAt,
    resolvedAt: t.resolvedAt,
    escalation: t.escalation,
    rating: t.rating,
    viewerRoles: [...roles],
    can: Object.fromEntries(
      TICKET_CHANGES.map((c) => [c, canActAs(c, roles) && nextStatus(c, t.status) !== null]),
    ) as Record<TicketChange, boolean>,
    timeline: toTicketTimeline(events.items, roles),
    timelineEarlier: events.earlier,
  };
};

/** The lines of the timeline the caller may see: internal notes and routing only for the zone's people. */
export const toTicketTimeline = (
  events: readonly TicketEvent[],
  roles: ReadonlySet<TicketActor>,
): TicketTimelineLine[] =>
  events
    .filter((e) => seesInternal(roles) || !e.isInternal)
    .map(({ id, at, kind, actorName, text, isInternal, attachments }) => ({
      id,
      at,
      kind,
      actorName,
      text,
      isInternal,
      attachments,
    }));
