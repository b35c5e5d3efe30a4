import type { RequestRecord } from './request-repo';
import type { FairUseSettings, RateBucket } from './rate-bucket-repo';
import type { SeedMarker } from '../seed/seed-marker-repo';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    requests: RequestRecord;
    rate_buckets: RateBucket;
  }
  interface SettingsDocs {
    fair_use: FairUseSettings;
    seed: SeedMarker;
  }
}
