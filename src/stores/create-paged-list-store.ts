import { createStore } from 'zustand/vanilla';
import type { PageOf } from '@core/app/contract';
import type { Envelope, WireError } from '@core/kernel/errors';
import type { LoadStatus } from './resource';

export interface PagedListState<T, F> {
  filter: F;
  items: T[];
  next: string | null;
  status: LoadStatus;
  /** A failed "more" keeps the items and shows the error at the list's end. */
  isLoadingMore: boolean;
  error: WireError | null;
  setFilter(filter: F): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
}

/**
 * A filtered list read page by page. Answers to an older filter are dropped, so typing fast in a
 * search box never shows results for what was typed before.
 */
export const createPagedListStore = <T, F>(
  fetchPage: (filter: F, cursor: string | null) => Promise<Envelope<PageOf<T>>>,
  initialFilter: F,
) =>
  createStore<PagedListState<T, F>>()((set, get) => {
    let generation = 0;
    const reload = async () => {
      generation += 1;
      const mine = generation;
      set({ status: 'loading', error: null, isLoadingMore: false });
      const answer = await fetchPage(get().filter, null);
      if (mine !== generation) return;
      if (answer.ok) set({ status: 'ready', items: answer.data.items, next: answer.data.next });
      // A failed refresh keeps what was on screen; the error shows at the list's end with a retry.
      else set({ status: 'error', error: answer.error });
    };
    return {
      filter: initialFilter,
      items: [],
      next: null,
      status: 'idle',
      isLoadingMore: false,
      error: null,
      setFilter: async (filter) => {
        // Items of the old filter must not show under the new one while it loads.
        set({ filter, items: [], next: null });
        await reload();
      },
      reload,
      loadMore: async () => {
        const { next, isLoadingMore, status } = get();
        // The list footer's retry after a failed refresh means: refresh again.
        if (status === 'error') return reload();
        if (!next || isLoadingMore || status !== 'ready') return;
        const mine = generation;
        set({ isLoadingMore: true, error: null });
        const answer = await fetchPage(get().filter, next);
        if (mine !== generation) return;
        if (answer.ok)
          set({ items: [...get().items, ...answer.data.items], next: answer.data.next, isLoadingMore: false });
        else set({ isLoadingMore: false, error: answer.error });
      },
    };
  });
