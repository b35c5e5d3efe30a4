import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ColleagueRef, TicketCard, TicketInbox, TicketInboxTab } from '@core/app/contract';
import { call, type Transport } from '../services/transport';
import { createKeyedStore } from './create-keyed-store';
import { createPagedListStore } from './create-paged-list-store';

export interface InboxFilter {
  tab: TicketInboxTab;
  teamId: string | null;
}

type InboxMeta = Pick<TicketInbox, 'counts' | 'teams' | 'teamId'>;

/**
 * The ticket stores only staff pages use (the inbox, colleagues to hand to); apart from
 * ticket-stores.ts so they stay in the staff subpackage, out of the main package.
 */
export const makeStaffTicketStores = (transport: Transport) => {
  // The inbox answer carries the tab counts and teams next to the page of items.
  const inboxMeta = createStore<{ meta: InboxMeta | null }>()(() => ({ meta: null }));
  return {
    inboxMeta,
    inbox: createPagedListStore<TicketCard, InboxFilter>(
      (filter, cursor) =>
        transport('tickets.inbox', {
          tab: filter.tab,
          ...(filter.teamId ? { teamId: filter.teamId } : {}),
          limit: 20,
          cursor,
        }).then((answer) => {
          if (answer.ok) inboxMeta.setState({ meta: answer.data });
          return answer;
        }),
      { tab: 'mine', teamId: null },
    ),
    /** Colleagues a ticket can be handed to (转办 / 改派), per ticket. */
    colleagues: createKeyedStore<ColleagueRef[]>((ticketId) =>
      transport('tickets.colleagues', { ticketId, limit: 100 }).then((answer) =>
        answer.ok ? { ok: true, data: answer.data.items } : answer,
      ),
    ),
  };
};

export const staffTicketStores = makeStaffTicketStores(call);
export const useInbox = () => useStore(staffTicketStores.inbox);
export const useInboxMeta = () => useStore(staffTicketStores.inboxMeta);
export const useTicketColleagues = () => useStore(staffTicketStores.colleagues);
