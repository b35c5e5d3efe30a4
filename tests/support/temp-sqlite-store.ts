import { typedStore } from '@core/kernel/store/doc-store';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandlerDeps, Logger } from '@core/app/handlers';
import { seedDatabase } from '@core/app/seed';
import { SqliteDocStore } from '../../server/store/sqlite-doc-store';

export const FIXED_NOW = Date.UTC(2026, 10, 27, 2, 0); // 2026-11-27 10:00 at +08:00

export interface TestStack {
  deps: HandlerDeps;
  store: ReturnType<typeof typedStore<SqliteDocStore>>;
  logged: { message: string; meta?: Record<string, unknown> }[];
  close(): void;
}

/**
 * The seeded database's bytes, made once per test file: seeding costs ~100 ms and every test starts from the same
 * seed (fixed clock, no random ids), so each test gets a fresh copy of one file instead of seeding again. The
 * promise lives in this module, so each test file (its own module registry in jest) seeds with the code it runs.
 */
let seededBytes: Promise<Buffer> | null = null;
const seedOnce = (): Promise<Buffer> =>
  (seededBytes ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zd-seed-'));
    const file = join(dir, 'seed.db');
    const store = typedStore(new SqliteDocStore(file));
    try {
      await seedDatabase(store, FIXED_NOW, { withDemoUsers: true });
    } finally {
      store.close(); // closing checkpoints the WAL into the file, so the file alone is the whole database
    }
    const bytes = readFileSync(file);
    rmSync(dir, { recursive: true, force: true });
    return bytes;
  })());

/** A seeded SQLite database in a temp dir with a fixed clock and counting ids: handlers run for real on it. */
export const openTestStack = async (
  options: { seed?: boolean; trace?: (sql: string) => void } = {},
): Promise<TestStack> => {
  const dir = mkdtempSync(join(tmpdir(), 'zd-test-'));
  const file = join(dir, 'test.db');
  if (options.seed !== false) writeFileSync(file, await seedOnce());
  const store = typedStore(new SqliteDocStore(file, { trace: options.trace }));
  const logged: TestStack['logged'] = [];
  const log: Logger = { info: () => undefined, error: (message, meta) => logged.push({ message, meta }) };
  let counter = 0;
  const deps: HandlerDeps = {
    store,
    clock: { now: () => FIXED_NOW },
    ids: { newId: () => `id-${(counter += 1)}` },
    log,
  };
  return {
    deps,
    store,
    logged,
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
