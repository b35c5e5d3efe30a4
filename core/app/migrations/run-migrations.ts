import { isAppError } from '@core/kernel/errors';
import { loadWorkingTime } from '@core/settings/load-working-time';
import type { DocStore, Page, StoredDoc } from '@core/kernel/store/doc-store';
import type { MigrationContext, MigrationStep } from './migration-step';
import { schemaVersionOf, SCHEMA_VERSION_FIELD } from '@core/kernel/store/schema-version';
import { MIGRATION_STEPS } from './steps';
import { appliedMigrationIds, recordMigration } from './migration-repo';

export interface MigrationReport {
  applied: { id: string; upgraded: number }[];
  /** Recorded by an earlier run: not run again. */
  skipped: string[];
  /** False when the deadline came first: run again, it goes on where this one stopped. */
  isDone: boolean;
}

export interface MigrationOptions {
  now: () => number;
  /** Stop between pages after this instant (a cloud function's timeout); the next run continues. */
  deadline?: number;
  /**
   * Steps to sweep again although recorded: the deploy's second pass after the new functions serve,
   * for documents the previous release's functions wrote while the first pass ran.
   */
  resweep?: readonly string[];
  steps?: readonly MigrationStep[];
}

/** WeChat returns at most 100 documents per read by default; each page is upgraded before the next is read. */
const PAGE = 100;
const MAX_CONFLICT_RETRIES = 5;

/** Steps not yet recorded: the scheduler waits while there are any. */
export const pendingMigrations = async (
  store: DocStore,
  steps: readonly MigrationStep[] = MIGRATION_STEPS,
): Promise<string[]> => {
  const applied = await appliedMigrationIds(store);
  return steps.filter((s) => !applied.has(s.id)).map((s) => s.id);
};

/**
 * One document to the step's version, compare-and-set: a concurrent change (the previous release's
 * functions still serving) is re-read and upgraded again; one upgraded or removed meanwhile is left.
 */
const upgradeOne = async (store: DocStore, step: MigrationStep, first: StoredDoc, ctx: MigrationContext) => {
  let doc: StoredDoc | null = first;
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
    if (!doc || schemaVersionOf(doc) >= step.toVersion) return 0;
    const patch = { ...(await step.upgrade(doc, ctx)), [SCHEMA_VERSION_FIELD]: step.toVersion };
    try {
      await store.update(step.collection, doc.id, doc.version, patch);
      return 1;
    } catch (e) {
      if (!isAppError(e) || (e.code !== 'CONFLICT' && e.code !== 'NOT_FOUND')) throw e;
      doc = await store.get(step.collection, doc.id);
    }
  }
  throw new Error(`${step.id}: ${step.collection}/${first.id} kept changing; run the migration again`);
};

/** Pages through the whole collection by id (stable while documents change) and upgrades what is older. */
const sweep = async (store: DocStore, step: MigrationStep, ctx: MigrationContext, o: MigrationOptions) => {
  let upgraded = 0;
  let after: string | null = null;
  do {
    if (o.deadline !== undefined && o.now() > o.deadline) return { upgraded, isDone: false };
    const page: Page<StoredDoc> = await store.find(step.collection, { limit: PAGE, after });
    for (const doc of page.items) upgraded += await upgradeOne(store, step, doc, ctx);
    after = page.next;
  } while (after);
  return { upgraded, isDone: true };
};

/**
 * Brings every collection's documents to the current schema, step by step in order, each step
 * recorded once done so it never runs again. Safe after a crash at any point: each document carries
 * the version it reached, a re-run skips those and the step is recorded only after its full sweep.
 */
export const runMigrations = async (store: DocStore, options: MigrationOptions): Promise<MigrationReport> => {
  const steps = options.steps ?? MIGRATION_STEPS;
  const recorded = await appliedMigrationIds(store);
  const report: MigrationReport = { applied: [], skipped: [], isDone: true };
  let ctx: MigrationContext | null = null;
  for (const step of steps) {
    const isRecorded = recorded.has(step.id);
    if (isRecorded && !options.resweep?.includes(step.id)) {
      report.skipped.push(step.id);
      continue;
    }
    ctx ??= { store, now: options.now(), time: await loadWorkingTime(store) };
    const swept = await sweep(store, step, ctx, options);
    report.applied.push({ id: step.id, upgraded: swept.upgraded });
    if (!swept.isDone) return { ...report, isDone: false };
    if (!isRecorded) await record(store, step, swept.upgraded, ctx.now);
  }
  return report;
};

const record = async (store: DocStore, step: MigrationStep, upgraded: number, now: number) => {
  try {
    await recordMigration(store, {
      id: step.id,
      collection: step.collection,
      toVersion: step.toVersion,
      upgraded,
      appliedAt: now,
    });
  } catch (e) {
    // Another run (a second deploy, a second server on the same file) finished the step first.
    if (!isAppError(e) || e.code !== 'CONFLICT') throw e;
  }
};
