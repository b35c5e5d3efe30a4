import type { StoredDoc } from './stored-doc';

/**
 * Seeding: inserts each document not stored yet (a half-finished earlier seed may have written some),
 * so a restart never duplicates or overwrites. Each feature's repository passes its own reads and writes.
 */
export const insertMissing = async <T extends StoredDoc>(
  docs: readonly T[],
  stored: (id: string) => Promise<unknown>,
  insert: (doc: T) => Promise<unknown>,
): Promise<void> => {
  for (const doc of docs) if (!(await stored(doc.id))) await insert(doc);
};

/** Seeded documents of one collection, by id: how many a database still holds, and removing one. */
export interface SeededDocs {
  ids: readonly string[];
  count: (ids: string[]) => Promise<number>;
  remove: (id: string) => Promise<boolean>;
}
