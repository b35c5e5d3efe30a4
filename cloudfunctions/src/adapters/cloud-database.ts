/**
 * The part of wx-server-sdk's `cloud.database()` the CloudBase adapter uses, typed narrowly. The SDK's
 * own typings are `any` throughout and declare every call as `Promise | void | string` (callback
 * overloads), so they are declared here with `unknown` results; `cloud.database()` is assignable to
 * `CloudDatabase` as is, without a cast.
 */

/** What the SDK declares a database call to return; without callbacks it is always the promise. */
export type Reply<T> = Promise<T> | void | string;

export interface WriteStats {
  stats: { updated: number };
}

export interface CloudDocumentRef {
  get(): Reply<{ data: unknown }>;
  update(options: { data: object }): Reply<WriteStats>;
  remove(): Reply<{ stats: { removed: number } }>;
}

export interface CloudQuery {
  where(condition: object): CloudQuery;
  orderBy(field: string, direction: string): CloudQuery;
  limit(max: number): CloudQuery;
  get(): Reply<{ data: unknown[] }>;
  count(): Reply<{ total: number }>;
  update(options: { data: object }): Reply<WriteStats>;
}

export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocumentRef;
  add(options: { data: object }): Reply<unknown>;
}

/** A collection inside a transaction: WeChat allows only `add` and single-document calls there. */
export interface CloudTxCollection {
  doc(id: string): CloudDocumentRef;
  add(options: { data: object }): Reply<unknown>;
}

export interface CloudTransaction {
  collection(name: string): CloudTxCollection;
}

/** `db.command`: builders whose results only mean something to the SDK's serializer. */
export interface CloudCommand {
  in(values: unknown[]): object;
  neq(value: unknown): object;
  gt(value: unknown): object;
  gte(value: unknown): object;
  lt(value: unknown): object;
  lte(value: unknown): object;
  and(...conditions: object[]): object;
  or(...conditions: object[]): object;
  exists(present: boolean): object;
  /** Update command: replaces the field's value whole (a plain object would be merged key by key). */
  set(value: unknown): object;
}

export interface CloudDatabase {
  readonly command: CloudCommand;
  RegExp(options: { regexp: string; options?: string }): object;
  collection(name: string): CloudCollection;
  runTransaction<R>(run: (transaction: CloudTransaction) => Promise<R>, retries?: number): Promise<R>;
}

/** Awaits an SDK call, refusing the callback-style non-promise results the typings allow. */
export const settle = async <T>(reply: Reply<T>): Promise<T> => {
  if (typeof reply !== 'object' || reply === null || typeof reply.then !== 'function') {
    throw new Error('wx-server-sdk returned no promise');
  }
  return reply;
};
