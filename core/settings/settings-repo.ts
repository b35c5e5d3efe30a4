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
