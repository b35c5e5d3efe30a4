import { createStore } from 'zustand/vanilla';
import type { Envelope } from '@core/kernel/errors';
import { idle, type Resource } from './resource';

export interface ResourceState<T> extends Resource<T> {
  /** Loads (or reloads); keeps the previous data visible while it does. */
  load(): Promise<void>;
}

/** A single remote value, e.g. the home screen. */
export const createResourceStore = <T>(fetch: () => Promise<Envelope<T>>) =>
  createStore<ResourceState<T>>()((set, get) => ({
    ...idle<T>(),
    load: async () => {
      set({ status: 'loading', error: null });
      const answer = await fetch();
      if (answer.ok) set({ status: 'ready', data: answer.data, error: null });
      else set({ status: 'error', error: answer.error, data: get().data });
    },
  }));
