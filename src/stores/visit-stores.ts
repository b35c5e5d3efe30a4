import { useStore } from 'zustand';
import { addDays } from '@core/kernel/calendar/local-date';
import type {
  ActionInput,
  AvailabilityView,
  MessageView,
  PageOf,
  TimelineLine,
  VisitCard,
  VisitView,
} from '@core/app/contract';
import { MAX_AVAILABILITY_DAYS } from '@core/visits/visit-fields';
import type { Envelope } from '@core/kernel/errors';
import { newRequestId } from '../services/request-id';
import { call, type Transport } from '../services/transport';
import { createKeyedStore } from './create-keyed-store';
import { createPagedListStore } from './create-paged-list-store';
import { createResourceStore } from './create-resource-store';
import { createRunChange } from './run-change';

/** Availability is cached per itinerary and first day: "jingde-smart,new-materials@2026-11-27". */
export const availabilityKey = (parkIds: readonly string[], from: string): string => `${parkIds.join(',')}@${from}`;

const parseAvailabilityKey = (key: string) => {
  const [parks = '', from = ''] = key.split('@');
  return { parkIds: parks.split(',').filter(Boolean), from, to: addDays(from, MAX_AVAILABILITY_DAYS - 1) };
};

export type VisitChangeAction =
  | 'visits.cancel'
  | 'visits.reschedule'
  | 'visits.confirm'
  | 'visits.decline'
  | 'visits.complete'
  | 'visits.noShow'
  | 'visits.note';

/** Every visit and message store, over a transport so tests can hand in a fake one. */
export const makeVisitStores = (transport: Transport, requestIds: () => string = newRequestId) => {
  const runChange = createRunChange(transport, requestIds);
  /** Lists outside this file that hold visit cards (the staff's, in its subpackage): read again after a change. */
  const listsToReload: { reloadIfLoaded: () => void }[] = [];
  const stores = {
    mine: createPagedListStore<VisitCard, null>((_f, cursor) => transport('visits.mine', { limit: 10, cursor }), null),
    details: createKeyedStore<VisitView>((visitId) => transport('visits.get', { visitId })),
    availability: createKeyedStore<AvailabilityView>((key) =>
      transport('visits.availability', parseAvailabilityKey(key)),
    ),
    messages: createPagedListStore<MessageView, null>(
      (_f, cursor) => transport('messages.list', { limit: 20, cursor }),
      null,
    ),
    unread: createResourceStore<{ count: number }>(() => transport('messages.unreadCount', {})),
  };

  /**
   * Runs one change of a visit (one requestId per intended change, kept across a retry of it); the
   * answer is the visit as it now is, shown on its page without asking again. The lists hold cards
   * of other visits too (and a closed one may leave them), so a loaded list is read again.
   */
  const changeVisit = <A extends VisitChangeAction>(action: A, input: ActionInput<A>): Promise<Envelope<VisitView>> =>
    runChange(action, input, {
      target: input.visitId,
      patch: (view) => {
        stores.details.getState().put((view as VisitView).id, view as VisitView);
        if (stores.mine.getState().status !== 'idle') void stores.mine.getState().reload();
        listsToReload.forEach((list) => list.reloadIfLoaded());
      },
    }) as Promise<Envelope<VisitView>>;

  /** One earlier page of a visit's timeline (加载更早的记录). */
  const timelinePage = (visitId: string, cursor: string): Promise<Envelope<PageOf<TimelineLine>>> =>
    transport('visits.timeline', { visitId, cursor });

  const markRead = async (ids: string[] | 'all') => {
    const answer = await runChange('messages.markRead', ids === 'all' ? { all: true } : { ids }, {
      target: 'messages',
    });
    if (answer.ok) {
      const read = new Set(ids === 'all' ? stores.messages.getState().items.map((m) => m.id) : ids);
      stores.messages.setState({
        items: stores.messages.getState().items.map((m) => (read.has(m.id) ? { ...m, isRead: true } : m)),
      });
      stores.unread.setState({ status: 'ready', data: { count: answer.data.remaining }, error: null });
    }
    return answer;
  };

  return { ...stores, changeVisit, markRead, timelinePage, listsToReload };
};

export const visitStores = makeVisitStores(call);

export const useVisitDetails = () => useStore(visitStores.details);
export const useAvailability = () => useStore(visitStores.availability);
export const useMessages = () => useStore(visitStores.messages);
export const useUnread = () => useStore(visitStores.unread);
