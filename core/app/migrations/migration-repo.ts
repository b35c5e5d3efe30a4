import type { DocStore, StoredDoc } from '@core/kernel/store/doc-store';

/** One document per applied step in the `migrations` collection: what makes a step run once. */
export interface MigrationRecord extends StoredDoc {
  collection: string;
  toVersion: number;
  /** Documents this run upgraded (0 on a database that had none of the old shape). */
  upgraded: number;
  appliedAt: number;
}

/** The ids of the steps already recorded as run. */
export const appliedMigrationIds = async (store: DocStore): Promise<Set<string>> =>
  new Set((await store.find('migrations', { limit: 1000 })).items.map((r) => r.id));

/** Records a finished step; CONFLICT when another run recorded it first. */
export const recordMigration = (store: DocStore, record: Omit<MigrationRecord, 'version'>): Promise<MigrationRecord> =>
  store.insert('migrations', { ...record, version: 1 });
