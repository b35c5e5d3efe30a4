import { AppError, type Envelope } from '@core/kernel/errors';
import type { DocStore, StoredDoc } from '@core/kernel/store/doc-store';

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

/** A burst of 60 changes, then one a second: far above a person at a phone, far below a script. */
export const DEFAULT_MUTATION_BUCKET: BucketRule = { capacity: 60, refillPerSecond: 1 };

export const RATE_LIMITED_ANSWER: Envelope<never> = {
  ok: false,
  error: { code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' },
};

const isConflict = (e: unknown): boolean => e instanceof AppError && e.code === 'CONFLICT';

/**
 * Takes one token from the identity's bucket (compare-and-set, so two instances cannot both take
 * the last one). False when the bucket is empty.
 */
export const takeToken = async (store: DocStore, identity: string, now: number): Promise<boolean> => {
  const rule =
    (await store.get<'settings', FairUseSettings>('settings', 'fair-use'))?.mutations ?? DEFAULT_MUTATION_BUCKET;
  for (let tries = 0; tries < 5; tries += 1) {
    try {
      return await store.transaction(async (tx) => {
        const bucket = await tx.get('rate_buckets', identity);
        const refilled = bucket
          ? Math.min(rule.capacity, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * rule.refillPerSecond)
          : rule.capacity;
        if (refilled < 1) return false;
        const next = { tokens: refilled - 1, at: Math.max(now, bucket?.at ?? now) };
        if (bucket) await tx.update('rate_buckets', identity, bucket.version, next);
        else await tx.insert('rate_buckets', { id: identity, version: 1, ...next });
        return true;
      });
    } catch (e) {
      if (!isConflict(e)) throw e;
    }
  }
  return false;
};
