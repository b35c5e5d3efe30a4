import { AppError, type Envelope } from '@core/kernel/errors';
import type { DocStore } from '@core/kernel/store/doc-store';
import { fairUseSettings, rateBucketWrites, type BucketRule } from './rate-bucket-repo';

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
  const rule = (await fairUseSettings(store))?.mutations ?? DEFAULT_MUTATION_BUCKET;
  for (let tries = 0; tries < 5; tries += 1) {
    try {
      return await store.transaction(async (tx) => {
        const buckets = rateBucketWrites(tx);
        const bucket = await buckets.of(identity);
        const refilled = bucket
          ? Math.min(rule.capacity, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * rule.refillPerSecond)
          : rule.capacity;
        if (refilled < 1) return false;
        const next = { tokens: refilled - 1, at: Math.max(now, bucket?.at ?? now) };
        await buckets.keep(identity, bucket, next);
        return true;
      });
    } catch (e) {
      if (!isConflict(e)) throw e;
    }
  }
  return false;
};
