import Database from 'better-sqlite3';
import { conflict, notFound } from '@core/kernel/errors';
import { withSchemaVersion } from '@core/kernel/store/schema-version';
import {
  checkQuery,
  COLLECTION_NAMES,
  COLLECTIONS,
  cursorAfter,
  DEFAULT_ORDER,
  type DocPatch,
  type RawDocStore,
  type Filter,
  type FindQuery,
  indexesOf,
  type Page,
  type StoredDoc,
  type RawTxStore,
} from '@core/kernel/store';
import { AsyncMutex } from './async-mutex';
import { fieldSql, pageSql, whereSql } from './sqlite-query';

/**
 * The DocStore port over better-sqlite3: one table per collection holding JSON documents, with an
 * expression index per declared field. better-sqlite3 is synchronous; the mutex keeps a transaction's
 * awaits from interleaving with any other operation on the connection.
 */
export class SqliteDocStore implements RawDocStore {
  private readonly db: Database.Database;
  private readonly mutex = new AsyncMutex();
  private readonly sync: RawTxStore;

  /** `trace` sees every statement run, with its values bound (tests read their query plans). */
  constructor(file: string, options: { trace?: (sql: string) => void } = {}) {
    this.db = new Database(file, options.trace ? { verbose: (sql) => options.trace?.(String(sql)) } : {});
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.createSchema();
    this.sync = {
      get: async <T extends StoredDoc>(c: string, id: string) => this.getNow<T>(c, id),
      insert: async <T extends StoredDoc>(c: string, doc: T) => this.insertNow(c, doc),
      update: async <T extends StoredDoc>(c: string, id: string, v: number, patch: DocPatch<T>) =>
        this.updateNow<T>(c, id, v, patch),
    };
  }

  close(): void {
    this.db.close();
  }

  /** SQLite's plan for a statement, one line per step (`SEARCH tickets USING INDEX …`): tests check indexes are used. */
  queryPlan(sql: string): string[] {
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail);
  }

  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    return this.mutex.run(() => this.getNow<T>(collection, id));
  }

  insert<T extends StoredDoc>(collection: string, doc: T): Promise<T> {
    return this.mutex.run(() => this.insertNow(collection, doc));
  }

  update<T extends StoredDoc>(collection: string, id: string, expectedVersion: number, patch: DocPatch<T>): Promise<T> {
    return this.mutex.run(() => this.updateNow<T>(collection, id, expectedVersion, patch));
  }

  find<T extends StoredDoc>(collection: string, query: FindQuery): Promise<Page<T>> {
    return this.mutex.run(() => {
      checkQuery(collection, query);
      const { where, params } = pageSql(this.table(collection), query);
      const rows = this.db.prepare(where).all(...params) as { doc: string }[];
      const items = rows.slice(0, query.limit).map((row) => JSON.parse(row.doc) as T);
      const last = items[items.length - 1];
      const next =
        rows.length > query.limit && last
          ? cursorAfter(last as unknown as Record<string, unknown>, query.orderBy ?? DEFAULT_ORDER)
          : null;
      return { items, next };
    });
  }

  count(collection: string, where?: Filter): Promise<number> {
    return this.mutex.run(() => {
      checkQuery(collection, { where, limit: 1 });
      const built = whereSql(where);
      const row = this.db
        .prepare(`SELECT count(*) AS n FROM "${this.table(collection)}" WHERE ${built.where}`)
        .get(...built.params) as { n: number };
      return row.n;
    });
  }

  remove(collection: string, id: string): Promise<boolean> {
    return this.mutex.run(
      () => this.db.prepare(`DELETE FROM "${this.table(collection)}" WHERE id = ?`).run(id).changes > 0,
    );
  }

  transaction<R>(work: (tx: RawTxStore) => Promise<R>): Promise<R> {
    return this.mutex.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.sync);
        this.db.exec('COMMIT');
        return result;
      } catch (e) {
        this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  private getNow<T extends StoredDoc>(collection: string, id: string): T | null {
    const row = this.db.prepare(`SELECT doc FROM "${this.table(collection)}" WHERE id = ?`).get(id) as
      { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as T) : null;
  }

  private insertNow<T extends StoredDoc>(collection: string, doc: T): T {
    const stored = withSchemaVersion(collection, doc);
    try {
      this.db
        .prepare(`INSERT INTO "${this.table(collection)}" (id, version, doc) VALUES (?, ?, ?)`)
        .run(stored.id, stored.version, JSON.stringify(stored));
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw conflict('记录已存在');
      throw e;
    }
    return stored;
  }

  private updateNow<T extends StoredDoc>(
    collection: string,
    id: string,
    expectedVersion: number,
    patch: DocPatch<T>,
  ): T {
    const current = this.getNow<T>(collection, id);
    if (!current) throw notFound();
    if (current.version !== expectedVersion) throw conflict();
    const next = { ...current, ...stripUndefined(patch), id, version: expectedVersion + 1 } as T;
    this.db
      .prepare(`UPDATE "${this.table(collection)}" SET version = ?, doc = ? WHERE id = ? AND version = ?`)
      .run(next.version, JSON.stringify(next), id, expectedVersion);
    return next;
  }

  private table(collection: string): string {
    if (!(collection in COLLECTIONS)) throw new Error(`unknown collection ${collection}`);
    return collection;
  }

  private createSchema(): void {
    for (const collection of COLLECTION_NAMES) {
      this.db.exec(
        `CREATE TABLE IF NOT EXISTS "${collection}" (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)`,
      );
      const wanted = new Map(indexesOf(collection).map((fields) => [sqliteIndexName(collection, fields), fields]));
      // Indexes an older build declared (one per field before the compound ones) only slow writes now.
      const existing = this.db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
        .all(collection) as { name: string }[];
      for (const { name } of existing) if (!wanted.has(name)) this.db.exec(`DROP INDEX "${name}"`);
      for (const [name, fields] of wanted) {
        // The id last: pages are ordered by (field, id), so the index gives that order with no sort step.
        const columns = [...fields.map(fieldSql), 'id'].join(', ');
        this.db.exec(`CREATE INDEX IF NOT EXISTS "${name}" ON "${collection}" (${columns})`);
      }
    }
  }
}

/** `tickets(openWithUserId,createdAt,id)`: the name says what the index holds, as query plans show it. */
export const sqliteIndexName = (collection: string, fields: readonly string[]): string =>
  `${collection}(${[...fields, 'id'].join(',')})`;

/** JSON drops undefined anyway; dropping it here keeps `{ a: undefined }` from erasing a field in memory. */
const stripUndefined = (patch: object): object =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
