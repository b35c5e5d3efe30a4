import type { InputOf } from '@core/kernel/define-action';
import { checkCreditCode } from '@core/kernel/validation/credit-code';
import type { Project } from '@core/projects';
import type { TicketRouting } from './route-ticket';
import type { ServiceCategory } from './service-category';
import { NO_ESCALATION } from './supervision';
import type { Ticket, TicketPerson } from './ticket';
import type { ticketActions } from './ticket-actions';
import { ticketIndexFields } from './ticket-index-fields';
import { toTicketPerson } from './ticket-people';

/** A ticket nobody has worked yet: no clock stopped, no pause, no step taken, nothing to confirm. */
export const untouchedTicketFields = (): Pick<
  Ticket,
  | 'acceptedAt'
  | 'resolvedAt'
  | 'respondedAt'
  | 'slaPauses'
  | 'slaCheckAt'
  | 'escalation'
  | 'rating'
  | 'confirmCheckAt'
  | 'confirmNoticedAt'
> => ({
  acceptedAt: null,
  resolvedAt: null,
  respondedAt: null,
  slaPauses: [],
  slaCheckAt: null,
  escalation: NO_ESCALATION,
  rating: null,
  confirmCheckAt: null,
  confirmNoticedAt: null,
});

export interface NewTicketContext {
  id: string;
  ownerUserId: string;
  category: ServiceCategory;
  project: Project | null;
  preferredOnSite: Ticket['preferredOnSite'];
  attachments: Ticket['attachments'];
  routing: TicketRouting;
  leader: TicketPerson | null;
  now: number;
}

/**
 * The ticket document a valid filing creates (beside visits' newVisit): routed to its first owner, with
 * the category's targets, no deadline stamp yet (the handler sets slaCheckAt on the working calendar).
 */
export const newTicket = (input: InputOf<(typeof ticketActions)['tickets.create']>, c: NewTicketContext): Ticket => ({
  id: c.id,
  version: 1,
  ownerUserId: c.ownerUserId,
  categoryId: c.category.id,
  categoryName: c.category.name,
  projectId: c.project?.id ?? null,
  projectName: c.project?.name ?? null,
  parkId: c.project?.parkId ?? null,
  enterpriseName: input.enterpriseName,
  creditCode: input.creditCode,
  creditCodeStatus: checkCreditCode(input.creditCode) === 'valid' ? 'valid' : 'manual_review',
  contactName: input.contactName,
  contactPhone: input.contactPhone,
  description: input.description,
  preferredOnSite: c.preferredOnSite,
  attachments: c.attachments,
  status: c.routing.assignee ? 'assigned' : 'submitted',
  assignee: c.routing.assignee ? toTicketPerson(c.routing.assignee) : null,
  assigneeUserId: c.routing.assignee?.userId ?? null,
  ...ticketIndexFields(
    c.routing.assignee ? 'assigned' : 'submitted',
    c.routing.assignee?.userId ?? null,
    c.routing.leaderUserId,
    c.routing.teamIds[0] ?? null,
  ),
  teamIds: c.routing.teamIds,
  leader: c.leader,
  leaderUserId: c.routing.leaderUserId,
  requestedMaterials: [],
  resolutionSummary: null,
  targets: {
    responseWorkingHours: c.category.targets.responseWorkingHours,
    resolutionWorkingDays: c.category.targets.resolutionWorkingDays,
  },
  createdAt: c.now,
  updatedAt: c.now,
  ...untouchedTicketFields(),
});
