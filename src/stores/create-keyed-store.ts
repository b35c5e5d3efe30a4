import { createStore } from 'zustand/vanilla';
import type { Envelope } from '@core/kernel/errors';
import { idle, type Resource } from './resource';

export interface KeyedState<T> {
  byId: Record<string, Resource<T>>;
  load(id: string): Promise<void>;
  /** Replaces a cached value after a follow-up read (e.g. more factories). */
  patch(id: string, update: (value: T) => T): void;
  /** Keeps a value the server just answered with (after a change), loaded or not before. */
  put(id: string, value: T): void;
}

/** Detail pages: one cached resource per id, so going back and forth does not reload. */
export const createKeyedStore = <T>(fetch: (id: string) => Promise<Envelope<T>>) =>
  createStore<KeyedState<T>>()((set, get) => {
    const put = (id: string, value: Resource<T>) => set({ byId: { ...get().byId, [id]: value } });
    // Only the newest load of an id may write its answer: a slow older one (retry tapped twice,
    // page re-entered) must not overwrite a newer result.
    const latest = new Map<string, number>();
    let counter = 0;
    return {
      byId: {},
      load: async (id) => {
        const previous = get().byId[id]?.data ?? null;
        const mine = (counter += 1);
        latest.set(id, mine);
        put(id, { status: 'loading', data: previous, error: null });
        const answer = await fetch(id);
        if (latest.get(id) !== mine) return;
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
      put: (id, value) => {
        // A load still on its way would bring an older state of what the change just answered.
        latest.delete(id);
        put(id, { status: 'ready', data: value, error: null });
      },
    };
  });
