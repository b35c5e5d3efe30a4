/**
 * The storage port (DESIGN.md §3): the few operations both the WeChat cloud database and SQLite do
 * well. Repositories are written once on top of it; adapters are the only code that knows `_id`,
 * SQL or wx-server-sdk call chains.
 */

import type { CollectionName, DocOf } from './collections';
import type { StoredDoc } from './stored-doc';

export type { StoredDoc };

export type Scalar = string | number | boolean | null;

/** A condition on one top-level field. A bare scalar means equality. */
export type Condition =
  | Scalar
  | { in: readonly Scalar[] }
  | { ne: Scalar }
  | { gt?: number | string; gte?: number | string; lt?: number | string; lte?: number | string }
  /** The field is an array holding this value. */
  | { has: Scalar }
  /** Case-insensitive substring match on a string field. */
  | { contains: string };

export type Filter = Readonly<Record<string, Condition>>;

export interface OrderBy {
  field: string;
  dir: 'asc' | 'desc';
}

export interface FindQuery {
  where?: Filter;
  /**
   * Results are always ordered; `id` breaks ties so paging is stable. Default: id ascending.
   * The sort field must never be null or missing: SQLite's keyset paging skips such documents.
   */
  orderBy?: OrderBy;
  /** Required: every read pages (WeChat caps a read at 100, or 1000 with an explicit limit). */
  limit: number;
  /** Opaque cursor from a previous page's `next`. */
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Cursor for the next page, or null when this was the last one. */
  next: string | null;
}

export type DocPatch<T> = Partial<Omit<T, 'id' | 'version'>>;

/**
 * The adapters' side of the port: any collection name, any document shape. SQLite and CloudBase
 * implement it, and the contract suite drives it with shapes of its own.
 */
export interface RawTxStore {
  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null>;
  insert<T extends StoredDoc>(collection: string, doc: T): Promise<T>;
  /** Compare-and-set on version; CONFLICT when someone else changed the document first. */
  update<T extends StoredDoc>(collection: string, id: string, expectedVersion: number, patch: DocPatch<T>): Promise<T>;
}

export interface RawDocStore extends RawTxStore {
  find<T extends StoredDoc>(collection: string, query: FindQuery): Promise<Page<T>>;
  count(collection: string, where?: Filter): Promise<number>;
  remove(collection: string, id: string): Promise<boolean>;
  transaction<R>(work: (tx: RawTxStore) => Promise<R>): Promise<R>;
}

/**
 * The features' side: typed by collection name (core/kernel/store/collections.ts). A wrong name, or
 * a document of the wrong type, fails to compile. `T` narrows a collection that holds several kinds
 * (settings) to one of them, and only to one of them.
 */
export interface TxStore {
  get<C extends CollectionName, T extends DocOf<C> = DocOf<C>>(collection: C, id: string): Promise<T | null>;
  insert<C extends CollectionName, T extends DocOf<C> = DocOf<C>>(collection: C, doc: T): Promise<T>;
  /** Compare-and-set on version; CONFLICT when someone else changed the document first. */
  update<C extends CollectionName, T extends DocOf<C> = DocOf<C>>(
    collection: C,
    id: string,
    expectedVersion: number,
    patch: DocPatch<T>,
  ): Promise<T>;
}

export interface DocStore extends TxStore {
  find<C extends CollectionName>(collection: C, query: FindQuery): Promise<Page<DocOf<C>>>;
  count(collection: CollectionName, where?: Filter): Promise<number>;
  remove(collection: CollectionName, id: string): Promise<boolean>;
  /**
   * Runs `work` atomically: every write in it lands, or none. May run `work` more than once when
   * the database reports a write conflict, so `work` must only touch the store through `tx`.
   */
  transaction<R>(work: (tx: TxStore) => Promise<R>): Promise<R>;
}

/**
 * An adapter seen from the features: the same object, typed by collection name, with the adapter's
 * own extras (close, trace) kept. The only cast between the two sides of the port.
 */
export const typedStore = <S extends RawDocStore>(raw: S): DocStore & Omit<S, keyof RawDocStore> =>
  raw as unknown as DocStore & Omit<S, keyof RawDocStore>;

/** Largest page an action may ask for: what a phone can render well. Internal reads may go to MAX_READ (1000). */
export const MAX_PAGE = 100;
