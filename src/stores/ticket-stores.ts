import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type {
  ProjectRef,
  ServiceCategoryView,
  TicketCard,
  TicketInbox,
  TicketInboxTab,
  TicketView,
} from '@core/app/contract';
import { call, type Transport } from '../services/transport';
import { createKeyedStore } from './create-keyed-store';
import { createPagedListStore } from './create-paged-list-store';
import { createResourceStore } from './create-resource-store';

export interface InboxFilter {
  tab: TicketInboxTab;
  teamId: string | null;
}

type InboxMeta = Pick<TicketInbox, 'counts' | 'teams' | 'teamId'>;

/** Every ticket store, built over a transport so tests can hand in a fake one. */
export const makeTicketStores = (transport: Transport) => {
  // The inbox answer carries the tab counts and teams next to the page of items.
  const inboxMeta = createStore<{ meta: InboxMeta | null }>()(() => ({ meta: null }));
  return {
    catalog: createPagedListStore<ServiceCategoryView, null>(
      (_filter, cursor) => transport('tickets.catalog', { limit: 50, cursor }),
      null,
    ),
    projects: createResourceStore<ProjectRef[]>(async () => {
      const answer = await transport('tickets.myProjects', { limit: 50 });
      return answer.ok ? { ok: true, data: answer.data.items } : answer;
    }),
    mine: createPagedListStore<TicketCard, null>(
      (_filter, cursor) => transport('tickets.mine', { limit: 20, cursor }),
      null,
    ),
    details: createKeyedStore<TicketView>((id) => transport('tickets.get', { ticketId: id })),
    inboxMeta,
    inbox: createPagedListStore<TicketCard, InboxFilter>(
      async (filter, cursor) => {
        const answer = await transport('tickets.inbox', {
          tab: filter.tab,
          ...(filter.teamId ? { teamId: filter.teamId } : {}),
          limit: 20,
          cursor,
        });
        if (answer.ok) inboxMeta.setState({ meta: answer.data });
        return answer;
      },
      { tab: 'mine', teamId: null },
    ),
  };
};

export const ticketStores = makeTicketStores(call);

export const useServiceCatalog = () => useStore(ticketStores.catalog);
export const useMyProjects = () => useStore(ticketStores.projects);
export const useMyTickets = () => useStore(ticketStores.mine);
export const useTicketDetails = () => useStore(ticketStores.details);
export const useInbox = () => useStore(ticketStores.inbox);
export const useInboxMeta = () => useStore(ticketStores.inboxMeta);
