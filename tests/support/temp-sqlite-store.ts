import { typedStore } from '@core/kernel/store/doc-store';
import { mkdtempSync, rmSync } from 'node:fs';
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

/** A seeded SQLite database in a temp dir with a fixed clock and counting ids: handlers run for real on it. */
export const openTestStack = async (
  options: { seed?: boolean; trace?: (sql: string) => void } = {},
): Promise<TestStack> => {
  const dir = mkdtempSync(join(tmpdir(), 'zd-test-'));
  const store = typedStore(new SqliteDocStore(join(dir, 'test.db'), { trace: options.trace }));
  const logged: TestStack['logged'] = [];
  const log: Logger = { info: () => undefined, error: (message, meta) => logged.push({ message, meta }) };
  let counter = 0;
  const deps: HandlerDeps = {
    store,
    clock: { now: () => FIXED_NOW },
    ids: { newId: () => `id-${(counter += 1)}` },
    log,
  };
  if (options.seed !== false) await seedDatabase(store, FIXED_NOW, { withDemoUsers: true });
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
