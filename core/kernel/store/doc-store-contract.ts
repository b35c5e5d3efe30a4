/**
 * The one behaviour suite every DocStore adapter must pass (SQLite here; the CloudBase adapter
 * through the real wx-server-sdk query builder). Call it from an adapter's test file.
 */
import { AppError } from '../errors';
import { SCHEMA_VERSIONS } from './schema-version';
import { MAX_READ } from './check-query';
import type { RawDocStore as DocStore, StoredDoc, RawTxStore as TxStore } from './doc-store';

interface ParkDoc extends StoredDoc {
  name: string;
  order: number;
  industryIds: string[];
  note?: string | null;
}

interface ArticleDoc extends StoredDoc {
  category: string;
  publishedAt: number;
  parkIds: string[];
}

interface Counter extends StoredDoc {
  used: number;
}

/** A park with nested values, for what an update replaces and what survives a round trip. */
interface RichParkDoc extends ParkDoc {
  address?: { city: string; street?: string };
  tags?: Record<string, number>;
}

const park = (n: number, industryIds: string[] = []): ParkDoc => ({
  id: `p${String(n).padStart(3, '0')}`,
  version: 1,
  name: `园区${n}号`,
  order: n % 7,
  industryIds,
});

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'OK';
  } catch (e) {
    return e instanceof AppError ? e.code : 'ERROR';
  }
};

const collectAll = async <T extends StoredDoc>(store: DocStore, q: Parameters<DocStore['find']>[1]): Promise<T[]> => {
  const all: T[] = [];
  let after: string | null | undefined = undefined;
  for (let guard = 0; guard < 1000; guard += 1) {
    const page: Awaited<ReturnType<DocStore['find']>> = await store.find<T>('parks', { ...q, after });
    all.push(...(page.items as T[]));
    if (!page.next) return all;
    after = page.next;
  }
  throw new Error('paging did not end');
};

/** Reserve one unit of a counter with capacity, inside a transaction, the way visit slots will. */
const reserve = (store: DocStore, capacity: number) =>
  store.transaction(async (tx: TxStore) => {
    const counter = await tx.get<Counter>('visit_slots', 'slot-1');
    if (!counter) return tx.insert<Counter>('visit_slots', { id: 'slot-1', version: 1, used: 1 });
    if (counter.used >= capacity) throw new AppError('CONFLICT', 'full');
    return tx.update<Counter>('visit_slots', 'slot-1', counter.version, { used: counter.used + 1 });
  });

export const describeDocStoreContract = (
  name: string,
  open: () => Promise<{ store: DocStore; close(): Promise<void> }>,
) => {
  describe(`DocStore contract: ${name}`, () => {
    let store: DocStore;
    let close: () => Promise<void>;

    beforeEach(async () => {
      ({ store, close } = await open());
    });
    afterEach(async () => {
      await close();
    });

    it('inserts and gets a document by id, and returns null for a missing one', async () => {
      const inserted = await store.insert('parks', park(1, ['a']));
      expect(await store.get('parks', 'p001')).toEqual(inserted);
      expect(inserted).toEqual({ ...park(1, ['a']), schemaVersion: SCHEMA_VERSIONS.parks });
      expect(await store.get('parks', 'nope')).toBeNull();
    });

    it('stamps every insert, in a transaction too, with its collection’s current schema version', async () => {
      await store.insert('tickets', { id: 't1', version: 1, schemaVersion: 1 });
      await store.transaction((tx) => tx.insert('staff', { id: 's1', version: 1 }));
      expect(await store.get('tickets', 't1')).toEqual({
        id: 't1',
        version: 1,
        schemaVersion: SCHEMA_VERSIONS.tickets,
      });
      expect(await store.get('staff', 's1')).toEqual({ id: 's1', version: 1, schemaVersion: SCHEMA_VERSIONS.staff });
      expect(SCHEMA_VERSIONS.tickets).toBeGreaterThan(1);
      // An update keeps the version the document was written in: only a migration step raises it.
      expect(await store.update('tickets', 't1', 1, { note: 'x' })).toMatchObject({
        schemaVersion: SCHEMA_VERSIONS.tickets,
      });
    });

    it('refuses a second insert with the same id as CONFLICT and keeps the first', async () => {
      await store.insert('parks', park(1));
      expect(await codeOf(store.insert('parks', { ...park(1), name: 'other' }))).toBe('CONFLICT');
      expect((await store.get<ParkDoc>('parks', 'p001'))?.name).toBe('园区1号');
    });

    it('updates by compare-and-set on version', async () => {
      await store.insert('parks', park(1));
      const updated = await store.update<ParkDoc>('parks', 'p001', 1, { name: '新名', note: null });
      expect(updated).toMatchObject({ id: 'p001', version: 2, name: '新名', note: null, order: 1 });
      expect(await store.get('parks', 'p001')).toEqual(updated);
      expect(await codeOf(store.update<ParkDoc>('parks', 'p001', 1, { name: '迟到' }))).toBe('CONFLICT');
      expect(await codeOf(store.update<ParkDoc>('parks', 'missing', 1, { name: 'x' }))).toBe('NOT_FOUND');
      expect((await store.get<ParkDoc>('parks', 'p001'))?.name).toBe('新名');
    });

    it('lets exactly one of two racing updates of the same version win', async () => {
      await store.insert('parks', park(1));
      const results = await Promise.all([
        codeOf(store.update<ParkDoc>('parks', 'p001', 1, { name: 'A' })),
        codeOf(store.update<ParkDoc>('parks', 'p001', 1, { name: 'B' })),
      ]);
      expect(results.sort()).toEqual(['CONFLICT', 'OK']);
      expect((await store.get<ParkDoc>('parks', 'p001'))?.version).toBe(2);
    });

    it('filters by equality, in, ne, range, array membership, substring and boolean', async () => {
      for (let n = 1; n <= 6; n += 1) await store.insert('parks', park(n, n % 2 ? ['chem'] : ['pharma', 'chem']));
      for (const [id, isLeading] of [
        ['i1', true],
        ['i2', false],
        ['i3', true],
      ] as const) {
        await store.insert('industries', { id, version: 1, isLeading, order: 1 });
      }
      const ids = async (where: Parameters<DocStore['count']>[1]) =>
        (await store.find<ParkDoc>('parks', { where, limit: 100 })).items.map((d) => d.id);
      expect(await ids({ order: 3 })).toEqual(['p003']);
      expect(await ids({ id: { in: ['p002', 'p005', 'zzz'] } })).toEqual(['p002', 'p005']);
      expect(await ids({ order: { ne: 1 } })).toEqual(['p002', 'p003', 'p004', 'p005', 'p006']);
      expect(await ids({ order: { gte: 2, lt: 5 } })).toEqual(['p002', 'p003', 'p004']);
      expect(await ids({ industryIds: { has: 'pharma' } })).toEqual(['p002', 'p004', 'p006']);
      expect(await ids({ name: { contains: '5号' } })).toEqual(['p005']);
      expect(await ids({ order: { gt: 3 }, industryIds: { has: 'chem' } })).toEqual(['p004', 'p005', 'p006']);
      const leading = await store.find('industries', { where: { isLeading: true }, limit: 10 });
      expect(leading.items.map((d) => d.id)).toEqual(['i1', 'i3']);
      expect(await store.count('industries', { isLeading: false })).toBe(1);
      expect(await ids({ id: { in: [] } })).toEqual([]);
      expect(await store.count('parks', { industryIds: { has: 'chem' } })).toBe(6);
      expect(await store.count('parks')).toBe(6);
    });

    it('treats contains() input as text, not as a pattern', async () => {
      await store.insert('parks', { ...park(1), name: '50%_(a).*' });
      await store.insert('parks', { ...park(2), name: '500 a' });
      const found = await store.find<ParkDoc>('parks', { where: { name: { contains: '%_(a).*' } }, limit: 10 });
      expect(found.items.map((d) => d.id)).toEqual(['p001']);
    });

    it('pages through every document exactly once in order, with ties broken by id', async () => {
      for (let n = 1; n <= 23; n += 1) await store.insert('parks', park(n));
      const asc = await collectAll<ParkDoc>(store, { orderBy: { field: 'order', dir: 'asc' }, limit: 4 });
      expect(asc.map((d) => d.id).sort()).toEqual(Array.from({ length: 23 }, (_, i) => park(i + 1).id));
      const keys = asc.map((d) => [d.order, d.id] as const);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));
      const desc = await collectAll<ParkDoc>(store, { orderBy: { field: 'order', dir: 'desc' }, limit: 5 });
      expect(desc.map((d) => d.id)).toEqual([...asc].reverse().map((d) => d.id));
      const byId = await collectAll<ParkDoc>(store, { limit: 10, where: { order: { lte: 3 } } });
      expect(byId.map((d) => d.id)).toEqual(
        asc
          .filter((d) => d.order <= 3)
          .map((d) => d.id)
          .sort(),
      );
    });

    it('says there is no next page when a page ends exactly at the last document', async () => {
      for (let n = 1; n <= 4; n += 1) await store.insert('parks', park(n));
      const first = await store.find('parks', { limit: 2 });
      const second = await store.find('parks', { limit: 2, after: first.next });
      expect(first.next).not.toBeNull();
      expect(second.items).toHaveLength(2);
      expect(second.next).toBeNull();
    });

    it('orders by a numeric field descending across pages', async () => {
      for (let n = 1; n <= 7; n += 1) {
        await store.insert<ArticleDoc>('articles', {
          id: `a${n}`,
          version: 1,
          category: 'news',
          publishedAt: 1000 * (n % 4),
          parkIds: [],
        });
      }
      const seen: ArticleDoc[] = [];
      let after: string | null = null;
      do {
        const page: Awaited<ReturnType<DocStore['find']>> = await store.find<ArticleDoc>('articles', {
          orderBy: { field: 'publishedAt', dir: 'desc' },
          limit: 3,
          after,
        });
        seen.push(...(page.items as ArticleDoc[]));
        after = page.next;
      } while (after);
      expect(seen.map((d) => `${d.publishedAt}:${d.id}`)).toEqual([
        '3000:a7',
        '3000:a3',
        '2000:a6',
        '2000:a2',
        '1000:a5',
        '1000:a1',
        '0:a4',
      ]);
    });

    it('refuses unindexed fields and unbounded reads', async () => {
      await expect(store.find('parks', { where: { description: 'x' }, limit: 10 })).rejects.toThrow(/not indexed/);
      await expect(store.find('parks', { orderBy: { field: 'summary', dir: 'asc' }, limit: 10 })).rejects.toThrow(
        /not indexed/,
      );
      await expect(store.find('parks', { limit: 0 })).rejects.toThrow(/limit/);
      await expect(store.find('parks', { limit: 1001 })).rejects.toThrow(/limit/);
    });

    it('removes a document', async () => {
      await store.insert('parks', park(1));
      expect(await store.remove('parks', 'p001')).toBe(true);
      expect(await store.remove('parks', 'p001')).toBe(false);
      expect(await store.get('parks', 'p001')).toBeNull();
    });

    it('commits every write of a transaction together', async () => {
      await store.transaction(async (tx) => {
        await tx.insert('parks', park(1));
        await tx.insert('parks', park(2));
        const p = await tx.get<ParkDoc>('parks', 'p001');
        await tx.update<ParkDoc>('parks', 'p001', p?.version ?? 0, { name: '事务内' });
      });
      expect((await store.get<ParkDoc>('parks', 'p001'))?.name).toBe('事务内');
      expect(await store.get('parks', 'p002')).not.toBeNull();
    });

    it('rolls back every write of a transaction that throws', async () => {
      await store.insert('parks', park(1));
      const outcome = await codeOf(
        store.transaction(async (tx) => {
          await tx.insert('parks', park(2));
          await tx.update<ParkDoc>('parks', 'p001', 1, { name: '不应保存' });
          throw new AppError('CONFLICT', 'stop');
        }),
      );
      expect(outcome).toBe('CONFLICT');
      expect(await store.get('parks', 'p002')).toBeNull();
      expect((await store.get<ParkDoc>('parks', 'p001'))?.name).toBe('园区1号');
    });

    it('never over-fills a counter when 30 transactions race for 3 places', async () => {
      const outcomes = await Promise.all(Array.from({ length: 30 }, () => codeOf(reserve(store, 3))));
      expect(outcomes.filter((o) => o === 'OK')).toHaveLength(3);
      expect(outcomes.filter((o) => o === 'CONFLICT')).toHaveLength(27);
      expect((await store.get<Counter>('visit_slots', 'slot-1'))?.used).toBe(3);
    });

    it('replaces an object field whole on update, keeps {} and ignores undefined', async () => {
      await store.insert<RichParkDoc>('parks', {
        ...park(1),
        address: { city: '德州', street: '一路' },
        tags: { a: 1 },
      });
      const updated = await store.update<RichParkDoc>('parks', 'p001', 1, {
        address: { city: '平原' },
        tags: {},
        name: undefined,
      });
      const expected = {
        ...park(1),
        version: 2,
        address: { city: '平原' },
        tags: {},
        schemaVersion: SCHEMA_VERSIONS.parks,
      };
      expect(updated).toEqual(expected);
      expect(await store.get('parks', 'p001')).toEqual(expected);
    });

    it('round-trips nested values and epoch milliseconds exactly, and filters and pages on them', async () => {
      const day = 1767225600000; // 2026-01-01T00:00:00Z
      const rich = {
        id: 'a1',
        version: 1,
        category: 'news',
        publishedAt: day + 123,
        parkIds: ['p001'],
        meta: { ratio: 0.125, list: [{ k: -1 }, 'x'], empty: [], none: null, flag: false },
      };
      await store.insert('articles', rich);
      await store.insert<ArticleDoc>('articles', {
        id: 'a2',
        version: 1,
        category: 'news',
        publishedAt: day - 1,
        parkIds: [],
      });
      await store.insert<ArticleDoc>('articles', {
        id: 'a3',
        version: 1,
        category: 'news',
        publishedAt: day,
        parkIds: [],
      });
      expect(await store.get('articles', 'a1')).toEqual({ ...rich, schemaVersion: SCHEMA_VERSIONS.articles });
      const first = await store.find<ArticleDoc>('articles', {
        where: { publishedAt: { gte: day } },
        orderBy: { field: 'publishedAt', dir: 'desc' },
        limit: 1,
      });
      expect(first.items.map((d) => d.id)).toEqual(['a1']);
      const second = await store.find<ArticleDoc>('articles', {
        where: { publishedAt: { gte: day } },
        orderBy: { field: 'publishedAt', dir: 'desc' },
        limit: 1,
        after: first.next,
      });
      expect(second.items.map((d) => d.id)).toEqual(['a3']);
      expect(second.next).toBeNull();
    });

    it('matches contains() case-insensitively, and null equality also matches a missing field', async () => {
      await store.insert('parks', { ...park(1), name: 'Alpha Park' });
      await store.insert('parks', { ...park(2), name: 'beta' });
      expect(
        (await store.find('parks', { where: { name: { contains: 'ALPHA p' } }, limit: 10 })).items.map((d) => d.id),
      ).toEqual(['p001']);
      await store.insert('industries', { id: 'i1', version: 1, order: 1, isLeading: true });
      await store.insert('industries', { id: 'i2', version: 1, order: 2, isLeading: null });
      await store.insert('industries', { id: 'i3', version: 1, order: 3 });
      const ids = async (where: Parameters<DocStore['count']>[1]) =>
        (await store.find('industries', { where, limit: 10 })).items.map((d) => d.id);
      expect(await ids({ isLeading: null })).toEqual(['i2', 'i3']);
      expect(await ids({ isLeading: { ne: null } })).toEqual(['i1']);
      expect(await store.count('industries', { isLeading: null })).toBe(2);
    });

    it('answers CONFLICT / NOT_FOUND inside a transaction as outside, writing nothing, and returns the result', async () => {
      await store.insert('parks', park(1));
      const duplicate = store.transaction(async (tx) => {
        await tx.insert('parks', park(2));
        await tx.insert('parks', { ...park(1), name: 'again' });
      });
      expect(await codeOf(duplicate)).toBe('CONFLICT');
      expect(await store.get('parks', 'p002')).toBeNull();
      expect(await codeOf(store.transaction((tx) => tx.update<ParkDoc>('parks', 'p001', 7, { name: 'x' })))).toBe(
        'CONFLICT',
      );
      expect(await codeOf(store.transaction((tx) => tx.update<ParkDoc>('parks', 'nope', 1, { name: 'x' })))).toBe(
        'NOT_FOUND',
      );
      const name = await store.transaction(async (tx) => (await tx.get<ParkDoc>('parks', 'p001'))?.name);
      expect(name).toBe('园区1号');
      expect(await store.get('parks', 'p001')).toEqual({ ...park(1), schemaVersion: SCHEMA_VERSIONS.parks });
    });

    it('pages correctly when a page is as large as one read can be', async () => {
      const ids = Array.from({ length: MAX_READ + 1 }, (_, i) => park(i + 1).id).sort();
      await Promise.all(Array.from({ length: MAX_READ + 1 }, (_, i) => store.insert('parks', park(i + 1))));
      const first = await store.find('parks', { limit: MAX_READ });
      expect(first.items.map((d) => d.id)).toEqual(ids.slice(0, MAX_READ));
      expect(first.next).not.toBeNull();
      const second = await store.find('parks', { limit: MAX_READ, after: first.next });
      expect(second.items.map((d) => d.id)).toEqual(ids.slice(MAX_READ));
      expect(second.next).toBeNull();
      const exact = await store.find('parks', { limit: MAX_READ, where: { id: { ne: ids[MAX_READ] ?? '' } } });
      expect(exact.items).toHaveLength(MAX_READ);
      expect(exact.next).toBeNull();
    });
  });
};
