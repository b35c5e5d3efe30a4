import { useStore } from 'zustand';
import type { ActionInput, FollowUpView, SupervisionItemView } from '@core/app/contract';
import type { FollowUpStatus } from '@core/tickets/rating';
import type { SupervisionLevel } from '@core/tickets';
import type { Envelope } from '@core/kernel/errors';
import { newRequestId } from '../services/request-id';
import { call, type Transport } from '../services/transport';
import { createPagedListStore } from './create-paged-list-store';
import { createRunChange } from './run-change';

export type FollowUpChangeAction = 'tickets.recordFollowUp' | 'tickets.closeFollowUp';

/** 督办 items and 整改 follow-ups for leaders (and the office), page by page. */
export const makeOversightStores = (transport: Transport, requestIds: () => string = newRequestId) => {
  const runChange = createRunChange(transport, requestIds);
  const followUps = createPagedListStore<FollowUpView, FollowUpStatus>(
    (status, cursor) => transport('tickets.followUps', { status, limit: 20, cursor }),
    'open',
  );
  return {
    supervision: createPagedListStore<SupervisionItemView, SupervisionLevel>(
      (level, cursor) => transport('tickets.supervision', { level, limit: 20, cursor }),
      'leader',
    ),
    followUps,
    /** One step of a 整改 (see runChange); the answer replaces the follow-up in the list. */
    changeFollowUp: <A extends FollowUpChangeAction>(
      action: A,
      input: ActionInput<A>,
    ): Promise<Envelope<FollowUpView>> =>
      runChange(action, input, {
        target: input.followUpId,
        patch: (answer) => {
          const view = answer as FollowUpView;
          followUps.setState({ items: followUps.getState().items.map((f) => (f.id === view.id ? view : f)) });
        },
      }) as Promise<Envelope<FollowUpView>>,
  };
};

export const oversightStores = makeOversightStores(call);
export const useSupervisionList = () => useStore(oversightStores.supervision);
export const useFollowUpList = () => useStore(oversightStores.followUps);
