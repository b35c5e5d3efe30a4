import { DbFailure, TRANSACTION_CONFLICT } from './db-failure';
import { applyOperators, cloneValue, duplicateKey, replacement } from './doc-ops';
import type { Doc } from './ejson-codec';
import type { MemoryExecutor } from './memory-executor';

/**
 * Transactions of the fake server. One transaction is open at a time (others wait for the lock in
 * startTransaction); it reads each document as it was when it first touched it (a snapshot per
 * document), its writes are buffered and land together at commit, and rollback discards them.
 * Requests outside transactions never wait, so commit checks that nothing the transaction read or
 * wrote was changed meanwhile: if it was, the commit fails with DATABASE_TRANSACTION_CONFLICT and
 * the SDK's runTransaction runs the work again, as CloudBase does on a write conflict.
 */

interface Touched {
  collection: string;
  id: string;
  /** The document's stamp when the transaction first looked at it. */
  stamp: number;
  /** The document as it was then: later reads in the transaction see this, not newer outside writes. */
  snapshot: Doc | undefined;
  /** Buffered write: a document, null for removed, undefined when only read. */
  write?: Doc | null;
}

interface OpenTransaction {
  touched: Map<string, Touched>;
}

export class Transactions {
  private readonly open = new Map<string, OpenTransaction>();
  private readonly waiting: { grant: () => void; refuse: (e: Error) => void }[] = [];
  private holder: string | null = null;
  private sequence = 0;

  constructor(private readonly store: MemoryExecutor) {}

  async start(): Promise<string> {
    if (this.holder !== null) {
      await new Promise<void>((grant, refuse) => this.waiting.push({ grant, refuse }));
    }
    this.sequence += 1;
    const id = `tx-${this.sequence}`;
    this.holder = id;
    this.open.set(id, { touched: new Map() });
    return id;
  }

  get(txId: string, collection: string, id: string): Doc | undefined {
    const seen = this.touch(txId, collection, id);
    const doc = seen.write === undefined ? seen.snapshot : (seen.write ?? undefined);
    return doc && cloneValue(doc);
  }

  insert(txId: string, collection: string, id: string, doc: Doc): void {
    if (this.get(txId, collection, id)) throw duplicateKey(collection, id);
    this.touch(txId, collection, id).write = { ...cloneValue(doc), _id: id };
  }

  /** `doc(id).update()` (merge) or `doc(id).set()` (replace, creating the document if needed). */
  modify(
    txId: string,
    collection: string,
    id: string,
    data: Doc,
    merge: boolean,
  ): { updated: number; upsertId?: string } {
    const current = this.get(txId, collection, id);
    if (merge) {
      if (!current) return { updated: 0 };
      const next = applyOperators(current, data);
      if (next) this.touch(txId, collection, id).write = next;
      return { updated: next ? 1 : 0 };
    }
    this.touch(txId, collection, id).write = replacement(id, data);
    return current ? { updated: 1 } : { updated: 0, upsertId: id };
  }

  remove(txId: string, collection: string, id: string): number {
    const existed = this.get(txId, collection, id) !== undefined;
    if (existed) this.touch(txId, collection, id).write = null;
    return existed ? 1 : 0;
  }

  /** Ends the transaction either way: applies its writes, or refuses them all on a conflict. */
  commit(txId: string): void {
    const tx = this.end(txId);
    const touched = [...tx.touched.values()];
    if (touched.some((t) => this.store.stamp(t.collection, t.id) !== t.stamp)) {
      throw new DbFailure(TRANSACTION_CONFLICT, 'database transaction conflict');
    }
    for (const t of touched) {
      if (t.write !== undefined) this.store.write(t.collection, t.id, t.write);
    }
  }

  abort(txId: string): void {
    this.end(txId);
  }

  /** Drops every open transaction and refuses everyone still waiting (reset / close). */
  abandonAll(reason: string): void {
    this.open.clear();
    this.holder = null;
    for (const waiter of this.waiting.splice(0)) waiter.refuse(new DbFailure('DATABASE_REQUEST_FAILED', reason));
  }

  private touch(txId: string, collection: string, id: string): Touched {
    const tx = this.transaction(txId);
    this.store.checkCollection(collection);
    const key = `${collection}\u0000${id}`;
    let seen = tx.touched.get(key);
    if (!seen) {
      seen = { collection, id, stamp: this.store.stamp(collection, id), snapshot: this.store.read(collection, id) };
      tx.touched.set(key, seen);
    }
    return seen;
  }

  private transaction(txId: string): OpenTransaction {
    const tx = this.open.get(txId);
    if (!tx) throw new DbFailure('DATABASE_REQUEST_FAILED', `transaction ${txId} is not open`);
    return tx;
  }

  /** Closes the transaction and hands the lock to the next waiter. */
  private end(txId: string): OpenTransaction {
    const tx = this.transaction(txId);
    this.open.delete(txId);
    this.holder = null;
    const next = this.waiting.shift();
    if (next) {
      // The waiter's start() sets itself as holder; reserve the lock until it runs.
      this.holder = 'granted';
      next.grant();
    }
    return tx;
  }
}
