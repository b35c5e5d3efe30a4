import { COLLECTION_NAMES, indexesOf, UNIQUE_FIELDS } from '@core/kernel/store/collections';

/**
 * The cloud database as the functions expect it: every collection, its indexes (from
 * core/store/collections.ts `indexesOf`, the list the SQLite adapter creates too: compound ones such
 * as openWithUserId + createdAt, then single fields), and rules that deny the client everything —
 * only cloud functions, which bypass the rules, read and write. `_id` (our `id`) is indexed by the
 * database itself. Ascending keys serve descending pages too: an index is read either way.
 * UNIQUE_FIELDS get unique single-field indexes.
 */

interface IndexSpec {
  name: string;
  keys: { name: string; direction: '1' }[];
  unique: boolean;
}

const DENY_CLIENT = { read: false, write: false } as const;

export const databaseJson = (): object => ({
  collections: COLLECTION_NAMES.map((name) => ({
    name,
    indexes: indexesOf(name).map((fields): IndexSpec => ({
      name: fields.map((field) => `${field}_1`).join('_'),
      keys: fields.map((field) => ({ name: field, direction: '1' })),
      unique: fields.length === 1 && (UNIQUE_FIELDS[name] ?? []).includes(fields[0] ?? ''),
    })),
    rules: DENY_CLIENT,
  })),
});
