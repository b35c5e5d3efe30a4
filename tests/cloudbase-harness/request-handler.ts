import { DbFailure } from './db-failure';
import { docIdOf } from './doc-ops';
import { decodeObject, decodeParam, encodeDoc, isPlainObject, type Doc } from './ejson-codec';
import type { MemoryExecutor } from './memory-executor';
import type { Transactions } from './transactions';

/**
 * The fake server's API: the actions @cloudbase/database 1.4.3 sends through `Db.reqClass.send`
 * (see its collection.ts, query.ts, document.ts and transaction/index.ts), answered in the shapes
 * the SDK reads back. Anything else is refused, so an adapter relying on an unimplemented feature
 * fails loudly instead of passing against a lenient fake.
 */

type Params = Record<string, unknown>;

const str = (p: Params, key: string): string => {
  const value = p[key];
  if (typeof value !== 'string' || !value) throw new DbFailure('INVALID_PARAM', `${key} is required`);
  return value;
};

const optStr = (p: Params, key: string): string | undefined =>
  typeof p[key] === 'string' ? (p[key] as string) : undefined;

const flag = (p: Params, key: string, fallback: boolean): boolean =>
  typeof p[key] === 'boolean' ? (p[key] as boolean) : fallback;

const optNum = (p: Params, key: string): number | undefined =>
  typeof p[key] === 'number' ? (p[key] as number) : undefined;

export class RequestHandler {
  private requests = 0;

  constructor(
    private readonly store: MemoryExecutor,
    private readonly transactions: Transactions,
  ) {}

  /** Answers one request; failures become `{ code, message }` responses, as the real server sends. */
  async handle(action: string, params: unknown): Promise<unknown> {
    this.requests += 1;
    const requestId = `harness-${this.requests}`;
    try {
      const p: Params = isPlainObject(params) ? params : {};
      return { requestId, ...(await this.dispatch(action, p)) };
    } catch (e) {
      if (e instanceof DbFailure) return { requestId, code: e.code, message: e.message };
      return { requestId, code: 'DATABASE_REQUEST_FAILED', message: e instanceof Error ? e.message : String(e) };
    }
  }

  private async dispatch(action: string, p: Params): Promise<Doc> {
    switch (action) {
      case 'database.startTransaction':
        return { transactionId: await this.transactions.start() };
      case 'database.commitTransaction':
        this.transactions.commit(str(p, 'transactionId'));
        return {};
      case 'database.abortTransaction':
        this.transactions.abort(str(p, 'transactionId'));
        return {};
      case 'database.insertDocument':
        return { data: { insertedIds: this.insert(p) } };
      case 'database.getDocument':
        return { data: { list: this.get(p).map(encodeDoc) } };
      case 'database.calculateDocument':
        return { data: { total: this.store.count(str(p, 'collectionName'), this.query(p)) } };
      case 'database.modifyDocument': {
        const { updated, upsertId } = this.modify(p);
        return { data: upsertId === undefined ? { updated } : { updated, upsert_id: upsertId } };
      }
      case 'database.removeDocument':
        return { data: { deleted: this.remove(p) } };
      default:
        throw new DbFailure('DATABASE_INVALID_OPERRATOR', `the harness does not implement ${action}`);
    }
  }

  private query(p: Params): Doc {
    return p.query === undefined ? {} : decodeObject(p.query, 'query');
  }

  private documents(p: Params): Doc[] {
    const data = p.data;
    if (!Array.isArray(data)) throw new DbFailure('INVALID_PARAM', 'data must be a list of documents');
    return data.map((text) => decodeObject(text, 'data'));
  }

  private insert(p: Params): string[] {
    const collection = str(p, 'collectionName');
    const docs = this.documents(p);
    const txId = optStr(p, 'transactionId');
    if (!txId) return this.store.insert(collection, docs);
    return docs.map((doc) => {
      const id = doc._id;
      if (typeof id !== 'string') throw new DbFailure('DATABASE_REQUEST_FAILED', 'add() in a transaction needs an _id');
      this.transactions.insert(txId, collection, id, doc);
      return id;
    });
  }

  /** In a transaction only `doc(id)` requests exist: a WeChat transaction has no where(). */
  private txDocId(p: Params): string {
    if (p.queryType !== 'DOC') {
      throw new DbFailure('DATABASE_REQUEST_FAILED', 'transactions allow single-document operations only');
    }
    return docIdOf(this.query(p));
  }

  private get(p: Params): Doc[] {
    const collection = str(p, 'collectionName');
    if (p.projection !== undefined) throw new DbFailure('DATABASE_INVALID_OPERRATOR', 'projection is not implemented');
    const txId = optStr(p, 'transactionId');
    if (txId) {
      const doc = this.transactions.get(txId, collection, this.txDocId(p));
      return doc ? [doc] : [];
    }
    const sort = p.order === undefined ? undefined : decodeParam(p.order, 'order');
    if (sort !== undefined && !isPlainObject(sort)) throw new DbFailure('INVALID_PARAM', 'order must be an object');
    return this.store.find(collection, this.query(p), {
      sort,
      skip: optNum(p, 'offset'),
      limit: p.queryType === 'DOC' ? 1 : optNum(p, 'limit'),
    });
  }

  private modify(p: Params): { updated: number; upsertId?: string } {
    const collection = str(p, 'collectionName');
    const data = decodeObject(p.data, 'data');
    const merge = flag(p, 'merge', true);
    const txId = optStr(p, 'transactionId');
    if (txId) return this.transactions.modify(txId, collection, this.txDocId(p), data, merge);
    return this.store.modify(collection, this.query(p), data, {
      merge,
      multi: flag(p, 'multi', false),
      upsert: flag(p, 'upsert', false),
    });
  }

  private remove(p: Params): number {
    const collection = str(p, 'collectionName');
    const txId = optStr(p, 'transactionId');
    if (txId) return this.transactions.remove(txId, collection, this.txDocId(p));
    return this.store.remove(collection, this.query(p), flag(p, 'multi', false));
  }
}
