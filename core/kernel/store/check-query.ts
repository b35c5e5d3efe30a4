import { isIndexedField } from './collections';
import type { FindQuery } from './doc-store';

/** Largest single read the cloud database allows with an explicit limit. */
export const MAX_READ = 1000;

/**
 * Both adapters run this first, so a query on an unindexed field or an unbounded read fails in
 * tests on SQLite exactly as it would be slow (or capped) in the cloud.
 */
export const checkQuery = (collection: string, query: FindQuery): void => {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_READ) {
    throw new Error(`find(${collection}): limit must be 1..${MAX_READ}, got ${query.limit}`);
  }
  for (const field of Object.keys(query.where ?? {})) {
    if (!isIndexedField(collection, field)) throw new Error(`find(${collection}): field "${field}" is not indexed`);
  }
  if (query.orderBy && !isIndexedField(collection, query.orderBy.field)) {
    throw new Error(`find(${collection}): sort field "${query.orderBy.field}" is not indexed`);
  }
};
