import * as cloud from 'wx-server-sdk';
import type { CloudDatabase } from '../../cloudfunctions/src/adapters/cloud-database';
import { COLLECTION_NAMES } from '@core/kernel/store/collections';
import { createCloudHarness } from '../cloudbase-harness/cloud-harness';
import { MemoryExecutor } from '../cloudbase-harness/memory-executor';
import { route, unroute } from '../cloudbase-harness/request-class';
import { RequestHandler } from '../cloudbase-harness/request-handler';
import { Transactions } from '../cloudbase-harness/transactions';

/**
 * A built cloud function calls `cloud.init()` and then `cloud.database()` with no env, so it talks
 * to whatever environment the SDK was first initialised with. The harness initialises the SDK with
 * the env 'zd-harness' (its own databases live under per-harness names), so this routes that default
 * env to a fresh in-memory database with every collection of core/store.
 */
export const DEFAULT_HARNESS_ENV = 'zd-harness';

export interface DefaultEnvDatabase {
  /** The database the function sees, through the real SDK. */
  db: CloudDatabase;
  close(): void;
}

export const routeDefaultEnv = (): DefaultEnvDatabase => {
  // Pins the SDK's request class and initialises it (first caller wins) before any function code runs.
  createCloudHarness({ collections: COLLECTION_NAMES }).close();
  const store = new MemoryExecutor(new Set(COLLECTION_NAMES));
  const transactions = new Transactions(store);
  route(DEFAULT_HARNESS_ENV, new RequestHandler(store, transactions));
  return {
    db: cloud.database(),
    close: () => {
      transactions.abandonAll('test finished');
      unroute(DEFAULT_HARNESS_ENV);
    },
  };
};
