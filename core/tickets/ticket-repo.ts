import { projectRepo, type Project } from '@core/projects';
import type { Ticket, TicketEvent } from './ticket';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';
import type { PageRequest } from '@core/catalog';
import { readTimelinePage, readWholeTimeline, type TimelinePage } from '@core/kernel/store/timeline-page';

const newestFirst = (store: DocStore, where: Filter, page: PageRequest): Promise<Page<Ticket>> =>
  store.find('tickets', {
    where,
    orderBy: { field: 'createdAt', dir: 'desc' },
    limit: page.limit,
    after: page.cursor,
  });

/** The staff inbox lists, by tab. */
export const inboxFilters = {
  mine: (userId: string): Filter => ({ openWithUserId: userId }),
  team: (teamId: string): Filter => ({ openTeamId: teamId }),
  /** Every open ticket of every team: the office's overview. */
  everyTeam: (): Filter => ({ openTeamId: { ne: null } }),
  resolved: (userId: string): Filter => ({ doneByUserId: userId }),
  led: (userId: string): Filter => ({ openLeaderUserId: userId }),
};

export const ticketRepo = (store: DocStore) => ({
  get: (id: string) => store.get('tickets', id),
  followUp: (id: string) => store.get('follow_ups', id),
  listByOwner: (ownerUserId: string, page: PageRequest) => newestFirst(store, { ownerUserId }, page),
  list: (where: Filter, page: PageRequest) => newestFirst(store, where, page),
  count: (where: Filter) => store.count('tickets', where),
  /** The load routing balances. */
  openLoadOf: (userId: string) => store.count('tickets', inboxFilters.mine(userId)),
  /** A page of the open tickets a person holds (a handover re-reads it until none is left). */
  openHeldBy: (userId: string, limit: number): Promise<Page<Ticket>> =>
    store.find('tickets', { where: inboxFilters.mine(userId), limit }),
  /** The projects feature's own reads, through its repository. */
  projectsOf: (ownerUserId: string, page: PageRequest): Promise<Page<Project>> =>
    projectRepo(store).ownedBy(ownerUserId, page),
  getProject: (id: string) => projectRepo(store).get(id),
  /** The latest page of the timeline, or the page before `cursor`. */
  events: (ticketId: string, cursor: string | null = null): Promise<TimelinePage<TicketEvent>> =>
    readTimelinePage(store, 'ticket_events', { ticketId }, cursor),
  /** The whole history, oldest first: for figures that follow the ticket from filing to close. */
  allEvents: (ticketId: string): Promise<TicketEvent[]> => readWholeTimeline(store, 'ticket_events', { ticketId }),
});
