import { withSchemaVersion } from '@core/kernel/store/schema-version';
import { AppError, conflict, notFound } from '@core/kernel/errors';
import {
  checkQuery,
  cursorAfter,
  DEFAULT_ORDER,
  type OrderBy,
  type DocPatch,
  type RawDocStore,
  type Filter,
  type FindQuery,
  type Page,
  type StoredDoc,
  type RawTxStore,
} from '@core/kernel/store';
import { settle, type CloudDatabase, type CloudQuery } from './cloud-database';
import {
  definedPatch,
  fromStored,
  isClientWritten,
  isDuplicateKey,
  isMissingDocument,
  isTransactionConflict,
  storedField,
  toStored,
  updateData,
} from './cloud-docs';
import { filterClauses, keysetClauses, whereOf } from './cloud-query';
import { CloudTxStore } from './cloud-tx-store';

/** The most documents CloudBase returns from one read, whatever limit is asked for (the SDK clamps to it). */
const CLOUD_READ_CAP = 1000;

/**
 * The DocStore port over the WeChat cloud database (wx-server-sdk's `cloud.database()`). Documents
 * are stored with `_id` = our `id`; see cloud-docs.ts for the mapping.
 */
export class CloudDocStore implements RawDocStore {
  constructor(private readonly db: CloudDatabase) {}

  async get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    try {
      const { data } = await settle(this.db.collection(collection).doc(id).get());
      return data && !isClientWritten(data) ? fromStored<T>(data) : null;
    } catch (e) {
      if (isMissingDocument(e)) return null;
      throw e;
    }
  }

  async insert<T extends StoredDoc>(collection: string, doc: T): Promise<T> {
    const stamped = withSchemaVersion(collection, doc);
    try {
      await settle(this.db.collection(collection).add({ data: toStored(stamped) }));
    } catch (e) {
      if (isDuplicateKey(e)) throw conflict('记录已存在');
      throw e;
    }
    return stamped;
  }

  /**
   * Compare-and-set: the document is read first (to answer NOT_FOUND / CONFLICT early and to return
   * the merged result), then written only where `version` is still the expected one.
   */
  async update<T extends StoredDoc>(
    collection: string,
    id: string,
    expectedVersion: number,
    patch: DocPatch<T>,
  ): Promise<T> {
    const current = await this.get<T>(collection, id);
    if (!current) throw notFound();
    if (current.version !== expectedVersion) throw conflict();
    const version = expectedVersion + 1;
    const { stats } = await settle(
      this.db
        .collection(collection)
        .where({ _id: id, version: expectedVersion })
        .update({ data: updateData(patch, this.db.command, version) }),
    );
    if (stats.updated === 0) {
      // Someone else wrote (or removed) it between our read and our write.
      throw (await this.get(collection, id)) ? conflict() : notFound();
    }
    return { ...current, ...definedPatch(patch), id, version } as T;
  }

  async find<T extends StoredDoc>(collection: string, query: FindQuery): Promise<Page<T>> {
    checkQuery(collection, query);
    const order = query.orderBy ?? DEFAULT_ORDER;
    const filter = filterClauses(this.db, query.where);
    // One extra document tells whether there is a next page, unless that would pass the read cap.
    const fetch = Math.min(query.limit + 1, CLOUD_READ_CAP);
    const rows = await this.readPage<T>(
      collection,
      order,
      [...filter, ...keysetClauses(this.db.command, order, query.after)],
      fetch,
    );
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    if (!last) return { items, next: null };
    const next = cursorAfter(last as unknown as Record<string, unknown>, order);
    let more = rows.length > query.limit;
    const capped = fetch <= query.limit;
    if (!more && capped && items.length === query.limit) {
      // A full page at the read cap could not carry the extra document: probe for one after it.
      more =
        (await this.readPage(collection, order, [...filter, ...keysetClauses(this.db.command, order, next)], 1))
          .length > 0;
    }
    return { items, next: more ? next : null };
  }

  async count(collection: string, where?: Filter): Promise<number> {
    checkQuery(collection, { where, limit: 1 });
    const condition = whereOf(this.db.command, filterClauses(this.db, where));
    const target = this.db.collection(collection);
    const { total } = await settle((condition ? target.where(condition) : target).count());
    return total;
  }

  async remove(collection: string, id: string): Promise<boolean> {
    const { stats } = await settle(this.db.collection(collection).doc(id).remove());
    return stats.removed > 0;
  }

  /**
   * Runs `work` in `db.runTransaction`, which commits, or rolls back when `work` throws, and runs
   * `work` again (up to 3 more times) when the commit reports a transaction conflict.
   */
  async transaction<R>(work: (tx: RawTxStore) => Promise<R>): Promise<R> {
    // The error `work` threw, kept so the caller gets exactly that error whatever the SDK rejects with.
    const attempt: { failed: boolean; error: unknown } = { failed: false, error: undefined };
    try {
      return await this.db.runTransaction(async (t) => {
        attempt.failed = false;
        try {
          return await work(new CloudTxStore(t, this.db.command));
        } catch (e) {
          attempt.failed = true;
          attempt.error = e;
          throw e;
        }
      });
    } catch (e) {
      const error = attempt.failed ? attempt.error : e;
      // Our own errors pass through untouched; a conflict the database still reports after the SDK's
      // retries (at commit, or from a call inside `work`) is the caller's CONFLICT, not an internal error.
      if (!(error instanceof AppError) && isTransactionConflict(error)) throw conflict();
      throw error;
    }
  }

  private async readPage<T extends StoredDoc>(
    collection: string,
    order: OrderBy,
    clauses: object[],
    limit: number,
  ): Promise<T[]> {
    const condition = whereOf(this.db.command, clauses);
    let q: CloudQuery = this.db.collection(collection);
    if (condition) q = q.where(condition);
    q = q.orderBy(storedField(order.field), order.dir);
    if (order.field !== 'id') q = q.orderBy('_id', order.dir);
    const { data } = await settle(q.limit(limit).get());
    return data.map((raw) => fromStored<T>(raw));
  }
}
