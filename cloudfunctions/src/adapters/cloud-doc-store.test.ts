import { describeDocStoreContract } from '@core/kernel/store/doc-store-contract';
import { COLLECTION_NAMES, type Page, type StoredDoc } from '@core/kernel/store';
import { createCloudHarness, type CloudHarness } from '@tests/cloudbase-harness/cloud-harness';
import { CloudDocStore } from './cloud-doc-store';

describeDocStoreContract('CloudBase (wx-server-sdk via harness)', async () => {
  const harness = createCloudHarness({ collections: COLLECTION_NAMES });
  return { store: new CloudDocStore(harness.db), close: async () => harness.close() };
});

interface Counter extends StoredDoc {
  used: number;
}

/** What only CloudBase has: the stored `_id` / `_openid` format and transaction retries. */
describe('CloudDocStore on CloudBase specifics', () => {
  let harness: CloudHarness;
  let store: CloudDocStore;

  beforeEach(() => {
    harness = createCloudHarness({ collections: COLLECTION_NAMES });
    store = new CloudDocStore(harness.db);
  });
  afterEach(() => harness.close());

  it('stores the id only as _id', async () => {
    await store.insert('parks', { id: 'p1', version: 1, name: 'n' });
    expect(harness.peek('parks', 'p1')).toEqual({ _id: 'p1', version: 1, name: 'n', schemaVersion: 1 });
  });

  it('never reads a document a client wrote (CloudBase marks those with _openid)', async () => {
    harness.put('users', { _id: 'u1', _openid: 'o-1', version: 1, openid: 'o-1' });
    await store.insert('users', { id: 'u2', version: 1, openid: 'o-1' });
    expect(await store.get('users', 'u1')).toBeNull();
    expect((await store.find('users', { where: { openid: 'o-1' }, limit: 10 })).items).toEqual([
      { id: 'u2', version: 1, openid: 'o-1', schemaVersion: 1 },
    ]);
    expect(await store.count('users', { openid: 'o-1' })).toBe(1);
    await expect(store.update('users', 'u1', 1, { openid: 'o-2' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.transaction((tx) => tx.get('users', 'u1'))).toBeNull();
  });

  it('runs the work again when a write outside the transaction conflicts with it at commit', async () => {
    await store.insert<Counter>('visit_slots', { id: 's', version: 1, used: 0 });
    let runs = 0;
    const result = await store.transaction(async (tx) => {
      runs += 1;
      const counter = await tx.get<Counter>('visit_slots', 's');
      if (!counter) throw new Error('missing counter');
      // A plain (non-transactional) write lands while the first attempt is still open.
      if (runs === 1) await store.update<Counter>('visit_slots', 's', 1, { used: 5 });
      return tx.update<Counter>('visit_slots', 's', counter.version, { used: counter.used + 1 });
    });
    expect(runs).toBe(2);
    expect(result).toEqual({ id: 's', version: 3, used: 6, schemaVersion: 1 });
    expect(await store.get('visit_slots', 's')).toEqual(result);
  });

  it('pages past documents whose sort field is null or missing, in MongoDB order (nulls lowest)', async () => {
    await store.insert('parks', { id: 'a', version: 1, name: 'x' });
    await store.insert('parks', { id: 'b', version: 1, name: 'y', order: 1 });
    await store.insert('parks', { id: 'c', version: 1, name: 'z', order: null });
    await store.insert('parks', { id: 'd', version: 1, name: 'w', order: 2 });
    const walk = async (dir: 'asc' | 'desc') => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Page<StoredDoc> = await store.find('parks', { orderBy: { field: 'order', dir }, limit: 1, after });
        seen.push(...page.items.map((d) => d.id));
        after = page.next;
      } while (after && seen.length < 10);
      return seen;
    };
    expect(await walk('asc')).toEqual(['a', 'c', 'b', 'd']);
    expect(await walk('desc')).toEqual(['d', 'b', 'c', 'a']);
  });

  it('runs against a database that, like WeChat, refuses where() inside a transaction', async () => {
    const attempt = harness.db.runTransaction(
      async (t: { collection(name: string): { where(q: object): { get(): Promise<unknown> } } }) =>
        t.collection('parks').where({}).get(),
    );
    await expect(attempt).rejects.toThrow(/single-document operations only/);
  });
});
