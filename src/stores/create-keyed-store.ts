import { createStore } from 'zustand/vanilla';
import type { Envelope } from '../../core/errors';
import { idle, type Resource } from './resource';

export interface KeyedState<T> {
  byId: Record<string, Resource<T>>;
  load(id: string): Promise<void>;
  /** Replaces a cached value after a follow-up read (e.g. more factories). */
  patch(id: string, update: (value: T) => T): void;
}

/** Detail pages: one cached resource per id, so going back and forth does not reload. */
export const createKeyedStore = <T>(fetch: (id: string) => Promise<Envelope<T>>) =>
  createStore<KeyedState<T>>()((set, get) => {
    const put = (id: string, value: Resource<T>) => set({ byId: { ...get().byId, [id]: value } });
    return {
      byId: {},
      load: async (id) => {
        const previous = get().byId[id]?.data ?? null;
        put(id, { status: 'loading', data: previous, error: null });
        const answer = await fetch(id);
        put(
          id,
          answer.ok
            ? { status: 'ready', data: answer.data, error: null }
            : { status: 'error', data: previous, error: answer.error },
        );
      },
      patch: (id, update) => {
        const current = get().byId[id] ?? idle<T>();
        if (current.data !== null) put(id, { ...current, data: update(current.data) });
      },
    };
  });
