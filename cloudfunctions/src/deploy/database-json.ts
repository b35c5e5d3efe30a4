import { COLLECTIONS, UNIQUE_FIELDS, type CollectionName } from '../../../core/store/collections';

/**
 * The cloud database as the functions expect it: every collection, one ascending index per queried
 * field (from core/store/collections.ts, the list the SQLite adapter indexes too), and rules that
 * deny the client everything — only cloud functions, which bypass the rules, read and write.
 * `_id` (our `id`) is indexed by the database itself; UNIQUE_FIELDS get unique indexes.
 */

interface IndexSpec {
  name: string;
  keys: { name: string; direction: '1' }[];
  unique: boolean;
}

const DENY_CLIENT = { read: false, write: false } as const;

export const databaseJson = (): object => ({
  collections: Object.entries(COLLECTIONS).map(([name, fields]) => ({
    name,
    indexes: (fields as readonly string[]).map((field): IndexSpec => ({
      name: `${field}_1`,
      keys: [{ name: field, direction: '1' }],
      unique: (UNIQUE_FIELDS[name as CollectionName] ?? []).includes(field),
    })),
    rules: DENY_CLIENT,
  })),
});
