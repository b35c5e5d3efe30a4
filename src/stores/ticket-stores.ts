import { useStore } from 'zustand';
import type {
  ActionInput,
  PageOf,
  ProjectRef,
  ServiceCategoryView,
  TicketCard,
  TicketTimelineLine,
  TicketView,
} from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
import { newRequestId } from '../services/request-id';
import { call, type Transport } from '../services/transport';
import { createKeyedStore } from './create-keyed-store';
import { createPagedListStore } from './create-paged-list-store';
import { createResourceStore } from './create-resource-store';
import { createRunChange } from './run-change';

/** The changes of one ticket a page can send; each answers with the ticket as it now is. */
export type TicketChangeAction =
  | 'tickets.accept'
  | 'tickets.reply'
  | 'tickets.note'
  | 'tickets.resolve'
  | 'tickets.transfer'
  | 'tickets.reassign'
  | 'tickets.requestMaterials'
  | 'tickets.supplement'
  | 'tickets.cancel'
  | 'tickets.close'
  | 'tickets.reopen';

/** One change as data: the action and its input, checked together. */
export type TicketChangeRequest = {
  [A in TicketChangeAction]: { action: A; input: ActionInput<A> };
}[TicketChangeAction];

/** Every ticket store, built over a transport so tests can hand in a fake one. */
export const makeTicketStores = (transport: Transport, requestIds: () => string = newRequestId) => {
  const runChange = createRunChange(transport, requestIds);
  const details = createKeyedStore<TicketView>((id) => transport('tickets.get', { ticketId: id }));
  return {
    catalog: createPagedListStore<ServiceCategoryView, null>(
      (_filter, cursor) => transport('tickets.catalog', { limit: 50, cursor }),
      null,
    ),
    projects: createResourceStore<ProjectRef[]>(() =>
      transport('tickets.myProjects', { limit: 50 }).then((answer) =>
        answer.ok ? { ok: true, data: answer.data.items } : answer,
      ),
    ),
    mine: createPagedListStore<TicketCard, null>(
      (_filter, cursor) => transport('tickets.mine', { limit: 20, cursor }),
      null,
    ),
    details,
    /** Sends one change of a ticket (see runChange); the answer replaces the ticket on its page. */
    changeTicket: (change: TicketChangeRequest): Promise<Envelope<TicketView>> => {
      // The union pairs each action with its input; runChange checks the pair as one of them.
      const { action, input } = change as { action: TicketChangeAction; input: ActionInput<TicketChangeAction> };
      return runChange(action, input, {
        target: input.ticketId,
        patch: (view) => details.getState().put(input.ticketId, view),
      });
    },
    /** One earlier page of a ticket's timeline (加载更早的记录). */
    timelinePage: (ticketId: string, cursor: string): Promise<Envelope<PageOf<TicketTimelineLine>>> =>
      transport('tickets.timeline', { ticketId, cursor }),
  };
};

export const ticketStores = makeTicketStores(call);

export const useServiceCatalog = () => useStore(ticketStores.catalog);
export const useMyProjects = () => useStore(ticketStores.projects);
export const useTicketDetails = () => useStore(ticketStores.details);
