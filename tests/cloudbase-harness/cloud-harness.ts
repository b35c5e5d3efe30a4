import * as cloud from 'wx-server-sdk';
import type { Doc } from './ejson-codec';
import { cloneValue } from './doc-ops';
import { MemoryExecutor } from './memory-executor';
import { pinRequestClass, requestClassOverwrites, route, unroute } from './request-class';
import { RequestHandler } from './request-handler';
import { Transactions } from './transactions';

/**
 * A real wx-server-sdk database object backed by an in-memory CloudBase stand-in. Test support only:
 * the SDK's query building and result handling run unmodified; only the transport is replaced.
 */

export type HarnessDatabase = ReturnType<typeof cloud.database>;

export interface CloudHarness {
  /** `cloud.database()` as a cloud function gets it, wired to this harness's data. */
  db: HarnessDatabase;
  /** Empties every collection and drops open transactions. */
  reset(): void;
  /** Detaches this harness; requests made through `db` afterwards fail. */
  close(): void;
  /** The stored document as the server holds it (with `_id`), for tests of the storage format. */
  peek(collection: string, id: string): Doc | undefined;
  /** Stores a document as is, bypassing the SDK (e.g. one a client wrote, with `_openid`). */
  put(collection: string, doc: Doc & { _id: string }): void;
}

export interface HarnessOptions {
  /** Collections that exist; others fail with DATABASE_COLLECTION_NOT_EXIST. Default: any name. */
  collections?: readonly string[];
}

let harnesses = 0;

const initCloud = (): void => {
  // Pinned before the SDK builds anything, so not even the first database() can use the HTTP requester.
  pinRequestClass();
  // A fixed fake env: init does no I/O, and every request is routed by the per-harness env below.
  cloud.init({ env: 'zd-harness' });
};

export const createCloudHarness = (options: HarnessOptions = {}): CloudHarness => {
  initCloud();
  harnesses += 1;
  const env = `zd-harness-${harnesses}`;
  const store = new MemoryExecutor(options.collections ? new Set(options.collections) : undefined);
  const transactions = new Transactions(store);
  route(env, new RequestHandler(store, transactions));

  const before = requestClassOverwrites();
  const db = cloud.database({ env });
  if (requestClassOverwrites() === before) {
    // node-sdk did not touch our Db: it loaded another copy of @cloudbase/database, which would go to the network.
    unroute(env);
    throw new Error('cloudbase harness: wx-server-sdk uses a different @cloudbase/database than the harness pinned');
  }

  return {
    db,
    reset: () => {
      transactions.abandonAll('harness reset');
      store.reset();
    },
    close: () => {
      transactions.abandonAll('harness closed');
      unroute(env);
    },
    peek: (collection, id) => {
      const doc = store.read(collection, id);
      return doc && cloneValue(doc);
    },
    put: (collection, doc) => store.write(collection, doc._id, cloneValue(doc)),
  };
};
