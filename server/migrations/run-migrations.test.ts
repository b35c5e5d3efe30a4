import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocStore } from '../store/sqlite-doc-store';
import { writePreviousReleaseDataDir } from '../../tests/support/previous-release-data';
import { FIXED_NOW } from '../../tests/support/temp-sqlite-store';
import { COLLECTION_NAMES, type DocStore, type StoredDoc } from '@core/kernel/store';
import { MIGRATION_STEPS, pendingMigrations, runMigrations, SCHEMA_VERSIONS } from '@core/app/migrations';

const dirs: string[] = [];
const stores: SqliteDocStore[] = [];
afterAll(() => {
  for (const s of stores) s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A fresh copy of the previous release's data dir, opened with today's adapter. */
const previousRelease = async (): Promise<SqliteDocStore> => {
  const dir = mkdtempSync(join(tmpdir(), 'zd-migrate-'));
  dirs.push(dir);
  await writePreviousReleaseDataDir(dir);
  const store = new SqliteDocStore(join(dir, 'zero-distance.db'));
  stores.push(store);
  return store;
};

const snapshot = async (store: DocStore, except: string[] = []) => {
  const all: Record<string, StoredDoc[]> = {};
  for (const name of COLLECTION_NAMES.filter((n) => !except.includes(n))) {
    all[name] = [];
    let after: string | null = null;
    do {
      const page: { items: StoredDoc[]; next: string | null } = await store.find(name, { limit: 1000, after });
      all[name].push(...page.items);
      after = page.next;
    } while (after);
  }
  return all;
};

const now = () => FIXED_NOW;

/** Today's adapter, dying (as a killed process would) at the n-th write. */
const crashingAt = (store: DocStore, n: number): DocStore => {
  let writes = 0;
  const die = () => {
    writes += 1;
    if (writes === n) throw new Error('process killed');
  };
  return Object.assign(Object.create(store) as DocStore, {
    update: (...args: Parameters<DocStore['update']>) => {
      die();
      return store.update(...args);
    },
    insert: (...args: Parameters<DocStore['insert']>) => {
      die();
      return store.insert(...args);
    },
    find: store.find.bind(store),
    get: store.get.bind(store),
    count: store.count.bind(store),
    transaction: store.transaction.bind(store),
  });
};

describe('the migration steps', () => {
  it('are ordered, uniquely named, and raise each collection one version at a time to SCHEMA_VERSIONS', () => {
    const ids = MIGRATION_STEPS.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id, i) => expect(id.startsWith(String(i + 1).padStart(4, '0'))).toBe(true));
    const reached: Record<string, number> = {};
    for (const step of MIGRATION_STEPS) {
      expect(step.toVersion).toBe((reached[step.collection] ?? 1) + 1);
      reached[step.collection] = step.toVersion;
    }
    for (const name of COLLECTION_NAMES) expect(SCHEMA_VERSIONS[name]).toBe(reached[name] ?? 1);
  });
});

describe('runMigrations', () => {
  it('changes nothing when run a second time', async () => {
    const store = await previousRelease();
    expect(await pendingMigrations(store)).toEqual(MIGRATION_STEPS.map((s) => s.id));
    await runMigrations(store, { now });
    const after = await snapshot(store);
    const again = await runMigrations(store, { now });
    expect(again).toEqual({ applied: [], skipped: MIGRATION_STEPS.map((s) => s.id), isDone: true });
    expect(await snapshot(store)).toEqual(after);
    expect(await pendingMigrations(store)).toEqual([]);
    // A resweep (the deploy's second pass) finds nothing left to upgrade either.
    const resweep = await runMigrations(store, { now, resweep: ['0001-ticket-sla-fields'] });
    expect(resweep.applied).toEqual([{ id: '0001-ticket-sla-fields', upgraded: 0 }]);
    expect(await snapshot(store)).toEqual(after);
  }, 30_000);

  it('ends after a crash mid-way exactly as an uninterrupted run, each document upgraded once', async () => {
    const clean = await previousRelease();
    await runMigrations(clean, { now });
    for (const n of [2, 3, 5]) {
      const store = await previousRelease();
      await expect(runMigrations(crashingAt(store, n), { now })).rejects.toThrow('process killed');
      const partial = await store.find<StoredDoc & { schemaVersion?: number }>('tickets', { limit: 100 });
      expect(partial.items.filter((t) => t.schemaVersion === 2)).toHaveLength(n - 1);
      expect(await pendingMigrations(store)).toContain('0001-ticket-sla-fields');
      await runMigrations(store, { now });
      // Same documents, same versions (no document was written twice); only the step's count differs.
      expect(await snapshot(store, ['migrations'])).toEqual(await snapshot(clean, ['migrations']));
      expect(await pendingMigrations(store)).toEqual([]);
    }
  }, 60_000);

  it('stops between pages at its deadline and goes on where it stopped on the next call', async () => {
    const store = await previousRelease();
    let t = FIXED_NOW;
    const first = await runMigrations(store, { now: () => (t += 1000), deadline: FIXED_NOW + 500 });
    expect(first.isDone).toBe(false);
    expect(await pendingMigrations(store)).toEqual(MIGRATION_STEPS.map((s) => s.id));
    const second = await runMigrations(store, { now });
    expect(second.isDone).toBe(true);
    expect(second.applied.map((a) => a.id)).toEqual(MIGRATION_STEPS.map((s) => s.id));
  }, 30_000);

  it('records every step on an empty database, so a new environment starts current', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zd-migrate-empty-'));
    dirs.push(dir);
    const store = new SqliteDocStore(join(dir, 'zero-distance.db'));
    stores.push(store);
    const report = await runMigrations(store, { now });
    expect(report.applied).toEqual(MIGRATION_STEPS.map((s) => ({ id: s.id, upgraded: 0 })));
    expect(await pendingMigrations(store)).toEqual([]);
  });
});
