import type { DocOf } from '@core/kernel/store/collections';
import type { TxStore } from '@core/kernel/store/doc-store';

type Reader = Pick<TxStore, 'get'>;

/**
 * The office's settings documents as stored, unchecked (settings-reader.ts checks them against the
 * schemas the admin's forms save with): the document or whatever a hand edit left there.
 */
export const storedSettings = (store: Reader) => ({
  visits: (): Promise<unknown> => store.get('settings', 'visits'),
  calendar: (): Promise<unknown> => store.get('settings', 'calendar'),
  subscribe: (): Promise<unknown> => store.get('settings', 'subscribe'),
  projects: (): Promise<unknown> => store.get('settings', 'projects'),
});

/** One whole settings document as stored, for the office's save (the audit keeps it as `before`). */
export const settingsDocument = <T extends DocOf<'settings'>>(store: Reader, id: string): Promise<T | null> =>
  store.get<'settings', T>('settings', id);

/** Replaces the whole document `id` over the version read (`before`), or creates it. */
export const replaceSettingsDocument = async <T extends DocOf<'settings'>>(
  tx: TxStore,
  id: string,
  before: T | null,
  fields: Omit<T, 'id' | 'version'>,
): Promise<void> => {
  if (before)
    await tx.update<'settings', T>('settings', id, before.version, fields as Partial<Omit<T, 'id' | 'version'>>);
  else await tx.insert<'settings', T>('settings', { id, version: 1, ...fields } as T);
};
