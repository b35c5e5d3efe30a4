import type { DocStore, StoredDoc, TxStore } from '@core/kernel/store/doc-store';

/** One identity's token bucket, in the store so it holds across cloud function instances. */
export interface RateBucket extends StoredDoc {
  tokens: number;
  at: number;
}

export interface BucketRule {
  capacity: number;
  refillPerSecond: number;
}

/** settings/fair-use: the office may tune it; without it these hold. */
export interface FairUseSettings extends StoredDoc {
  mutations: BucketRule;
}

/** settings/fair-use: the office's mutation bucket, when it set one. */
export const fairUseSettings = (store: DocStore): Promise<FairUseSettings | null> =>
  store.get<'settings', FairUseSettings>('settings', 'fair-use');

/** An identity's token bucket inside the caller's transaction (compare-and-set on its version). */
export const rateBucketWrites = (tx: TxStore) => ({
  of: (identity: string): Promise<RateBucket | null> => tx.get('rate_buckets', identity),

  keep: async (identity: string, bucket: RateBucket | null, next: { tokens: number; at: number }): Promise<void> => {
    if (bucket) await tx.update('rate_buckets', identity, bucket.version, next);
    else await tx.insert('rate_buckets', { id: identity, version: 1, ...next });
  },
});
