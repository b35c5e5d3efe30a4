import { useStore } from 'zustand';
import type { FollowUpView, SupervisionItemView } from '@core/app/contract';
import type { FollowUpStatus } from '@core/tickets/rating';
import type { SupervisionLevel } from '@core/tickets/supervision';
import { call, type Transport } from '../services/transport';
import { createPagedListStore } from './create-paged-list-store';

/** 督办 items and 整改 follow-ups for leaders (and the office), page by page. */
export const makeOversightStores = (transport: Transport) => ({
  supervision: createPagedListStore<SupervisionItemView, SupervisionLevel>(
    (level, cursor) => transport('tickets.supervision', { level, limit: 20, cursor }),
    'leader',
  ),
  followUps: createPagedListStore<FollowUpView, FollowUpStatus>(
    (status, cursor) => transport('tickets.followUps', { status, limit: 20, cursor }),
    'open',
  ),
});

export const oversightStores = makeOversightStores(call);
export const useSupervisionList = () => useStore(oversightStores.supervision);
export const useFollowUpList = () => useStore(oversightStores.followUps);
