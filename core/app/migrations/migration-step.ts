import type { WorkingTime } from '@core/kernel/calendar/working-time';
import type { CollectionName } from '@core/kernel/store/collections';
import type { DocPatch, DocStore, StoredDoc } from '@core/kernel/store/doc-store';

export interface MigrationContext {
  /** Read-only use: a step returns its patch, the runner writes it (compare-and-set, with the new version). */
  store: DocStore;
  /** UTC ms the run started at. */
  now: number;
  /** Working time with the office's calendar, for fields derived from deadlines. */
  time: WorkingTime;
}

/**
 * One ordered upgrade of one collection's documents from below `toVersion` to it. `upgrade` returns
 * the fields to set and must depend only on the document and what it reads, so a document upgraded
 * twice (a crash between its write and the step's record) ends the same. Steps are never edited once
 * released: a later change is a new step.
 */
export interface MigrationStep<T extends StoredDoc = StoredDoc> {
  /** `0001-ticket-sla-fields`: the order and the record's id. */
  id: string;
  collection: CollectionName;
  toVersion: number;
  /** What it does, as the deploy's dry run lists it. */
  description: string;
  upgrade(doc: T, ctx: MigrationContext): Promise<DocPatch<T>>;
}

/** Lets a step typed for its own documents sit in the one ordered list. */
export const defineStep = <T extends StoredDoc>(step: MigrationStep<T>): MigrationStep =>
  step as unknown as MigrationStep;
