import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DashboardAnswer } from '@core/app/contract';
import type { LedgerAnswer, PeriodPreset, ScopeKind } from '@core/dashboard';
import type { Envelope } from '@core/kernel/errors';
import { call, type Transport } from '../services/transport';
import { idle, type Resource } from './resource';

/** The filters both pages share: a period (+08:00, toDate inclusive) and a scope. */
export interface DashboardFilterState {
  preset: PeriodPreset;
  fromDate?: string;
  toDate?: string;
  scope: ScopeKind;
  scopeId?: string;
}

/** Until the first answer names them. */
export const NO_CHOICES = { park: [], team: [], person: [] };

export const DEFAULT_FILTERS: DashboardFilterState = { preset: 'month', scope: 'all' };

export interface FilteredState<T> extends Resource<T> {
  filters: DashboardFilterState;
  /** Sets the filters and loads; a custom period waits until both dates are chosen. */
  apply(filters: DashboardFilterState): Promise<void>;
  reload(): Promise<void>;
}

const isComplete = (f: DashboardFilterState) =>
  (f.preset !== 'custom' || (f.fromDate !== undefined && f.toDate !== undefined)) &&
  (f.scope === 'all' || f.scopeId !== undefined);

/** The wire input: dates only for a custom period, an id only for a narrowed scope. */
export const filterInput = (f: DashboardFilterState) => ({
  preset: f.preset,
  scope: f.scope,
  ...(f.preset === 'custom' ? { fromDate: f.fromDate, toDate: f.toDate } : {}),
  ...(f.scope !== 'all' ? { scopeId: f.scopeId } : {}),
});

const filteredStore = <T>(fetch: (f: DashboardFilterState) => Promise<Envelope<T>>) =>
  createStore<FilteredState<T>>()((set, get) => ({
    ...idle<T>(),
    filters: DEFAULT_FILTERS,
    apply: async (filters) => {
      set({ filters });
      if (isComplete(filters)) await get().reload();
    },
    reload: async () => {
      const asked = get().filters;
      set({ status: 'loading', error: null });
      const answer = await fetch(asked);
      // A later choice of filters wins over an earlier answer still on its way.
      if (get().filters !== asked) return;
      if (answer.ok) set({ status: 'ready', data: answer.data, error: null });
      else set({ status: 'error', error: answer.error });
    },
  }));

/** One report's figures under the filters they were asked with. */
export type FilteredStore<T> = StoreApi<FilteredState<T>>;

export const makeDashboardStores = (transport: Transport) => ({
  dashboard: filteredStore<DashboardAnswer>((f) => transport('tickets.dashboard', filterInput(f))),
  ledger: filteredStore<LedgerAnswer>((f) => transport('tickets.ledgerPage', filterInput(f))),
});

export const dashboardStores = makeDashboardStores(call);
