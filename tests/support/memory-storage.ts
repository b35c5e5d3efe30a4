import type { KeyValueStorage } from '@/services/local-storage';

/** A draft store's storage in memory; `data` shows what was kept. */
export const memoryStorage = (): KeyValueStorage & { data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => void data.set(k, v),
    remove: (k) => void data.delete(k),
  };
};
