import type { DocStore, StoredDoc } from '@core/kernel/store/doc-store';

export interface SeedMarker extends StoredDoc {
  seededAt: number;
}

/** settings/<marker>: that this part of the seed finished, so a restart never loads it twice. */
export const seedMarkers = (store: DocStore) => ({
  isSeeded: async (marker: string): Promise<boolean> =>
    Boolean(await store.get<'settings', SeedMarker>('settings', marker)),
  markSeeded: async (marker: string, now: number): Promise<void> => {
    await store.insert<'settings', SeedMarker>('settings', { id: marker, version: 1, seededAt: now });
  },
});
