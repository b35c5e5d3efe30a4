import { find } from 'mingo';
import { DbFailure } from './db-failure';
import { applyOperators, cloneValue, compileFilter, duplicateKey, newId, replacement } from './doc-ops';
import type { Doc } from './ejson-codec';

/** CloudBase returns at most this many documents from one read. */
export const READ_CAP = 1000;

export interface FindOptions {
  sort?: Doc;
  skip?: number;
  limit?: number;
}

export interface ModifyOptions {
  multi: boolean;
  /** true: `data` holds update operators (`update()`); false: `data` replaces the document (`set()`). */
  merge: boolean;
  upsert: boolean;
}

/**
 * The database itself: collections of documents in memory, queried with mingo. Every write stamps
 * the document's key with a new number (kept after removal too), which is how a transaction notices
 * at commit that something it read or wrote was changed by someone else meanwhile.
 */
export class MemoryExecutor {
  private readonly collections = new Map<string, Map<string, Doc>>();
  private readonly stamps = new Map<string, number>();
  private clock = 0;

  /** `known`: the collections that exist; others answer DATABASE_COLLECTION_NOT_EXIST, as in the cloud. */
  constructor(private readonly known?: ReadonlySet<string>) {}

  reset(): void {
    this.collections.clear();
    this.stamps.clear();
  }

  read(collection: string, id: string): Doc | undefined {
    return this.docs(collection).get(id);
  }

  stamp(collection: string, id: string): number {
    return this.stamps.get(stampKey(collection, id)) ?? 0;
  }

  /** Stores (or with `null` removes) one document. */
  write(collection: string, id: string, doc: Doc | null): void {
    const docs = this.docs(collection);
    if (doc) docs.set(id, doc);
    else docs.delete(id);
    this.clock += 1;
    this.stamps.set(stampKey(collection, id), this.clock);
  }

  /** All-or-nothing insert of new documents; a taken `_id` fails the whole request. */
  insert(collection: string, docs: Doc[]): string[] {
    const prepared = docs.map((doc) => ({ ...cloneValue(doc), _id: idOf(doc._id) ?? newId() }));
    const taken = new Set<string>();
    for (const doc of prepared) {
      if (this.read(collection, doc._id) || taken.has(doc._id)) throw duplicateKey(collection, doc._id);
      taken.add(doc._id);
    }
    for (const doc of prepared) this.write(collection, doc._id, doc);
    return prepared.map((doc) => doc._id);
  }

  find(collection: string, filter: Doc, options: FindOptions = {}): Doc[] {
    let cursor = find([...this.docs(collection).values()], filter, undefined, { scriptEnabled: false });
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    cursor = cursor.limit(Math.min(options.limit ?? READ_CAP, READ_CAP));
    return cursor.all().map((doc) => cloneValue(doc));
  }

  count(collection: string, filter: Doc): number {
    const test = compileFilter(filter);
    return [...this.docs(collection).values()].filter(test).length;
  }

  modify(collection: string, filter: Doc, data: Doc, options: ModifyOptions): { updated: number; upsertId?: string } {
    const test = compileFilter(filter);
    const targets = [...this.docs(collection).values()].filter(test);
    const chosen = options.multi ? targets : targets.slice(0, 1);
    if (!chosen.length && options.upsert) {
      const id = idOf(filter._id) ?? newId();
      this.write(
        collection,
        id,
        options.merge ? (applyOperators({ _id: id }, data) ?? { _id: id }) : replacement(id, data),
      );
      return { updated: 0, upsertId: id };
    }
    let updated = 0;
    for (const doc of chosen) {
      const id = String(doc._id);
      const next = options.merge ? applyOperators(doc, data) : replacement(id, data);
      if (next) {
        this.write(collection, id, next);
        updated += 1;
      }
    }
    return { updated };
  }

  remove(collection: string, filter: Doc, multi: boolean): number {
    const test = compileFilter(filter);
    const targets = [...this.docs(collection).values()].filter(test);
    const chosen = multi ? targets : targets.slice(0, 1);
    for (const doc of chosen) this.write(collection, String(doc._id), null);
    return chosen.length;
  }

  /** Refuses unknown collections, so a misspelt name fails here as it would in the cloud. */
  checkCollection(collection: string): void {
    this.docs(collection);
  }

  private docs(collection: string): Map<string, Doc> {
    if (this.known && !this.known.has(collection)) {
      throw new DbFailure('DATABASE_COLLECTION_NOT_EXIST', `collection ${collection} does not exist`);
    }
    let docs = this.collections.get(collection);
    if (!docs) {
      docs = new Map();
      this.collections.set(collection, docs);
    }
    return docs;
  }
}

const stampKey = (collection: string, id: string): string => `${collection}\u0000${id}`;

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
