import { DONE_TICKET_STATUSES, isOpenTicket, type Ticket, type TicketStatus } from './ticket';

export type TicketIndexFields = Pick<Ticket, 'openWithUserId' | 'openTeamId' | 'openLeaderUserId' | 'doneByUserId'>;

/**
 * The inbox tabs as single indexed fields: a person's open work, the team working it, a leader's
 * open tickets, a person's finished ones. Each is null outside its tab, so a count or a page touches only its own
 * rows instead of a person's whole history (100 000 tickets: see `npm run bench`). Written with
 * every status change, from the one place that changes tickets.
 */
export const ticketIndexFields = (
  status: TicketStatus,
  assigneeUserId: string | null,
  leaderUserId: string | null,
  workingTeamId: string | null,
): TicketIndexFields => ({
  openWithUserId: isOpenTicket(status) ? assigneeUserId : null,
  openTeamId: isOpenTicket(status) ? workingTeamId : null,
  openLeaderUserId: isOpenTicket(status) ? leaderUserId : null,
  doneByUserId: DONE_TICKET_STATUSES.includes(status) ? assigneeUserId : null,
});
