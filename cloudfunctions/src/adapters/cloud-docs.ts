import type { DocPatch, StoredDoc } from '@core/kernel/store';
import type { CloudCommand } from './cloud-database';

/**
 * Our documents as CloudBase stores them. `id` lives only in `_id` (no copy in the body, so the two
 * can never disagree); filters and sorts on `id` go to `_id`. `_openid` is added by CloudBase when a
 * client writes and is never part of our documents.
 */

export const FIELD_ID = '_id';

/**
 * Set by CloudBase on every document a client (the mini-program) writes, and only on those. Clients
 * never write (every collection's rule denies it; the functions are the only write path), so a
 * document carrying it got in through a forgotten or wrong rule: the adapter never reads it. Defence
 * in depth for identity above all: a client-inserted `users` document with `roles: ['admin']` is
 * not a caller's account.
 */
export const FIELD_CLIENT_OWNER = '_openid';

/** Whether CloudBase marks `raw` as written by a client. */
export const isClientWritten = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && FIELD_CLIENT_OWNER in raw;

/** Our field name → the stored field name. */
export const storedField = (field: string): string => (field === 'id' ? FIELD_ID : field);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body `add()` stores for a document. */
export const toStored = <T extends StoredDoc>(doc: T): Record<string, unknown> => {
  const { id, ...body } = doc;
  return { ...body, [FIELD_ID]: id };
};

/** A stored document as the port returns it: `_id` back to `id`. Client-written ones never get here. */
export const fromStored = <T extends StoredDoc>(raw: unknown): T => {
  if (!isRecord(raw)) throw new Error('CloudBase returned a document that is not an object');
  if (isClientWritten(raw)) throw new Error('a client-written document reached fromStored');
  const { _id: storedId, ...body } = raw;
  if (typeof storedId !== 'string' && typeof storedId !== 'number') {
    throw new Error('CloudBase returned a document without _id');
  }
  return { id: String(storedId), ...body } as unknown as T;
};

/** Fields the port never lets a patch change: identity, version (the store bumps it) and platform fields. */
const RESERVED = new Set(['id', 'version', '_id', '_openid']);

/** The patch's fields that change something: `undefined` means "leave as is", as on SQLite. */
export const definedPatch = <T>(patch: DocPatch<T>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && !RESERVED.has(key)));

/**
 * The `update({ data })` body for a patch. The SDK turns a plain nested object into per-key `$set`s
 * (merging into the stored object, and dropping `{}` entirely), so object values are wrapped in
 * `_.set()` to replace the field whole, the way SQLite's `{ ...current, ...patch }` does.
 */
export const updateData = <T>(patch: DocPatch<T>, command: CloudCommand, version: number): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(definedPatch(patch))) {
    data[key] = isRecord(value) ? command.set(value) : value;
  }
  data.version = version;
  return data;
};

const messageOf = (e: unknown): string => {
  if (e instanceof Error) return `${e.message} ${(e as { errMsg?: unknown }).errMsg ?? ''}`;
  if (isRecord(e)) return `${String(e.code ?? '')} ${String(e.message ?? '')}`;
  return String(e);
};

/** wx-server-sdk's `doc(id).get()` throws this for a missing document (throwOnNotFound, its default). */
export const isMissingDocument = (e: unknown): boolean => /document with _id .* does not exist/.test(messageOf(e));

/** MongoDB's duplicate-key failure, which CloudBase passes through when an `_id` is taken. */
export const isDuplicateKey = (e: unknown): boolean => /E11000|duplicate key/i.test(messageOf(e));

/** The database gave up on a transaction because of concurrent writes (after the SDK's own retries). */
export const isTransactionConflict = (e: unknown): boolean =>
  /DATABASE_TRANSACTION_CONFLICT|transaction conflict/i.test(messageOf(e));
