import { randomUUID } from 'node:crypto';
import { Query, update } from 'mingo';
import type { Modifier } from 'mingo/updater';
import { DbFailure } from './db-failure';
import { isPlainObject, type Doc } from './ejson-codec';

/**
 * Single-document semantics shared by plain requests and transactions: matching a filter, applying
 * an update, replacing a document. Mingo evaluates MongoDB operators; everything here is copy-on-write
 * so a stored document never changes under a reader or an open transaction.
 */

/** Server-side scripts ($where, $function) do not exist on CloudBase. */
const MINGO_OPTIONS = { scriptEnabled: false } as const;

export const matches = (filter: Doc, doc: Doc): boolean => new Query(filter, MINGO_OPTIONS).test(doc);

export const compileFilter = (filter: Doc): ((doc: Doc) => boolean) => {
  const query = new Query(filter, MINGO_OPTIONS);
  return (doc) => query.test(doc);
};

/** Deep copy of a stored value (plain objects, arrays, dates, regexes and scalars). */
export const cloneValue = <V>(value: V): V => {
  if (Array.isArray(value)) return value.map(cloneValue) as V;
  if (value instanceof Date) return new Date(value.getTime()) as V;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v)])) as V;
  return value;
};

/** CloudBase generates 32 hex digits when a document comes without `_id`. */
export const newId = (): string => randomUUID().replace(/-/g, '');

const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pull',
  '$pullAll',
  '$pop',
  '$addToSet',
]);

/** Applies `{ $set: …, $inc: … }` (what the SDK sends for `update()`); null when nothing changed. */
export const applyOperators = (doc: Doc, data: Doc): Doc | null => {
  for (const [op, fields] of Object.entries(data)) {
    if (!UPDATE_OPERATORS.has(op)) throw new DbFailure('DATABASE_INVALID_OPERRATOR', `unsupported update ${op}`);
    if (isPlainObject(fields) && Object.keys(fields).some((path) => path === '_id' || path.startsWith('_id.'))) {
      throw new DbFailure('DATABASE_REQUEST_FAILED', 'the _id of a document cannot be changed');
    }
  }
  const next = cloneValue(doc);
  const changed = update(next, cloneValue(data) as Modifier<Doc>, undefined, undefined, { cloneMode: 'deep' });
  return changed.length ? next : null;
};

/** The document `set()` leaves: the data as given, under the same `_id` (what the SDK sends with merge: false). */
export const replacement = (id: string, data: Doc): Doc => {
  if (Object.keys(data).some((key) => key.startsWith('$'))) {
    throw new DbFailure('DATABASE_REQUEST_FAILED', 'a replacement document cannot hold update operators');
  }
  return { ...cloneValue(data), _id: id };
};

/** The `_id` a single-document request (queryType DOC, as `doc(id)` sends) addresses. */
export const docIdOf = (query: Doc): string => {
  const keys = Object.keys(query);
  const id = query._id;
  if (keys.length !== 1 || (typeof id !== 'string' && typeof id !== 'number')) {
    throw new DbFailure('DATABASE_REQUEST_FAILED', 'expected a query on _id alone');
  }
  return String(id);
};

export const duplicateKey = (collection: string, id: string): DbFailure =>
  new DbFailure(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
  );
