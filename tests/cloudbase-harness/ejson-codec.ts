import { BSONRegExp, EJSON } from 'bson';
import { DbFailure } from './db-failure';

/**
 * The wire format between @cloudbase/database and the server: queries, updates, sorts and documents
 * travel as canonical Extended JSON strings. Decoding uses the same bson package the SDK encodes with.
 */

export type Doc = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Doc => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** MongoDB regex options JavaScript can honour; anything else is refused rather than ignored. */
const jsFlags = (options: string): string => {
  for (const flag of options) {
    if (!'ims'.includes(flag)) throw new DbFailure('DATABASE_INVALID_OPERRATOR', `unsupported regex option ${flag}`);
  }
  return options;
};

/** bson values → what mingo understands: BSONRegExp becomes a JavaScript RegExp. */
const toNative = (value: unknown): unknown => {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, jsFlags(value.options));
  if (Array.isArray(value)) return value.map(toNative);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v)]));
  return value;
};

/** Decodes one EJSON string parameter of a request. */
export const decodeParam = (text: unknown, name: string): unknown => {
  if (typeof text !== 'string') throw new DbFailure('INVALID_PARAM', `${name} must be an EJSON string`);
  return toNative(EJSON.parse(text, { relaxed: true }));
};

export const decodeObject = (text: unknown, name: string): Doc => {
  const value = decodeParam(text, name);
  if (!isPlainObject(value)) throw new DbFailure('INVALID_PARAM', `${name} must encode an object`);
  return value;
};

/** A stored document as the server sends it back: canonical EJSON, which the SDK parses. */
export const encodeDoc = (doc: Doc): string => EJSON.stringify(doc, { relaxed: false });
