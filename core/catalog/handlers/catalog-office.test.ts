import { dataOf, errorOf, newRequestId } from '@tests/support/dispatch-kit';
import { newArticle, newFactory, newPark } from '@tests/support/catalog-fixture';
import { FIXED_NOW } from '@tests/support/temp-sqlite-store';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const auditOf = async (target: string) =>
  (await kit.stack.store.find('audit_log', { orderBy: { field: 'seq', dir: 'asc' }, limit: 100 })).items
    .filter((r) => r.target === target)
    .map((r) => ({
      action: r.action,
      actorName: r.actorName,
      before: r.before,
      after: r.after,
      result: r.result,
    }));

describe('the office edits articles', () => {
  it('keeps a draft off the public pages until it is published, shows each edit, and keeps a withdrawn one', async () => {
    const draft = dataOf(await kit.send('admin', 'admin.catalog.articles.save', newArticle()));
    expect(draft).toMatchObject({ status: 'draft', updatedAt: FIXED_NOW });
    const policies = async () =>
      dataOf(await kit.send(null, 'catalog.articles.list', { category: 'policy' })).items.map((a) => a.title);
    expect(await policies()).toEqual([]);
    expect(errorOf(await kit.send(null, 'catalog.articles.get', { id: draft.id })).code).toBe('NOT_FOUND');

    dataOf(await kit.send('admin', 'admin.catalog.articles.setStatus', { articleId: draft.id, status: 'published' }));
    expect(await policies()).toEqual(['平原经济开发区标准厂房租赁扶持办法']);
    const park = dataOf(await kit.send(null, 'catalog.parks.get', { id: 'jingde-smart' }));
    expect(park.articles.map((a) => a.id)).toContain(draft.id);

    const saved = await kit.stack.store.get('articles', draft.id);
    const edit = {
      ...newArticle({ title: '标准厂房租赁扶持办法（修订）' }),
      articleId: draft.id,
      version: saved?.version,
    };
    dataOf(await kit.send('admin', 'admin.catalog.articles.save', edit));
    expect(dataOf(await kit.send(null, 'catalog.articles.get', { id: draft.id }))).toMatchObject({
      title: '标准厂房租赁扶持办法（修订）',
      status: 'published',
      publishedAt: FIXED_NOW,
    });

    dataOf(await kit.send('admin', 'admin.catalog.articles.setStatus', { articleId: draft.id, status: 'withdrawn' }));
    expect(await policies()).toEqual([]);
    expect(errorOf(await kit.send(null, 'catalog.articles.get', { id: draft.id })).code).toBe('NOT_FOUND');
    const office = dataOf(await kit.send('admin', 'admin.catalog.articles.list', { status: 'withdrawn' }));
    expect(office.items.map((a) => a.id)).toEqual([draft.id]);

    expect((await auditOf(`articles/${draft.id}`)).map((r) => [r.action, r.actorName, r.result])).toEqual([
      ['admin.catalog.articles.save', '招商办管理员（演示）', 'ok'],
      ['admin.catalog.articles.setStatus', '招商办管理员（演示）', 'ok'],
      ['admin.catalog.articles.save', '招商办管理员（演示）', 'ok'],
      ['admin.catalog.articles.setStatus', '招商办管理员（演示）', 'ok'],
    ]);
  });

  it('refuses an edit of a version someone else has changed since, and writes nothing', async () => {
    const draft = dataOf(await kit.send('admin', 'admin.catalog.articles.save', newArticle()));
    dataOf(
      await kit.send('admin', 'admin.catalog.articles.save', {
        ...newArticle({ title: '第一次修改标题' }),
        articleId: draft.id,
        version: 1,
      }),
    );
    const stale = await kit.send('admin', 'admin.catalog.articles.save', {
      ...newArticle({ title: '第二次修改标题' }),
      articleId: draft.id,
      version: 1,
    });
    expect(errorOf(stale).code).toBe('CONFLICT');
    expect((await kit.stack.store.get('articles', draft.id))?.title).toBe('第一次修改标题');
  });

  it('refuses a 发布时间 in the future', async () => {
    const draft = dataOf(await kit.send('admin', 'admin.catalog.articles.save', newArticle()));
    const answer = await kit.send('admin', 'admin.catalog.articles.setStatus', {
      articleId: draft.id,
      status: 'published',
      publishedAt: FIXED_NOW + 60_000,
    });
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_INPUT', field: 'publishedAt' });
    expect((await kit.stack.store.get('articles', draft.id))?.status).toBe('draft');
  });
});

describe('the office edits parks and factory units', () => {
  it('shows a park edit on the public pages and audits it with before and after', async () => {
    const before = await kit.stack.store.get('parks', 'jingde-smart');
    const {
      id: _id,
      version,
      schemaVersion: _stamp,
      ...fields
    } = before as NonNullable<typeof before> & {
      schemaVersion?: number;
    };
    const edit = { ...fields, parkId: 'jingde-smart', version, summary: '研发在北京、生产在平原的“双飞地”园区' };
    dataOf(await kit.send('admin', 'admin.catalog.parks.save', edit));

    const cards = dataOf(await kit.send(null, 'catalog.parks.list', { keyword: '京德' })).items;
    expect(cards.map((c) => c.summary)).toEqual(['研发在北京、生产在平原的“双飞地”园区']);
    const home = dataOf(await kit.send(null, 'catalog.home', {}));
    expect(home.parks.find((p) => p.id === 'jingde-smart')?.summary).toBe('研发在北京、生产在平原的“双飞地”园区');
    const [record] = await auditOf('parks/jingde-smart');
    expect(record).toMatchObject({
      action: 'admin.catalog.parks.save',
      before: { summary: before?.summary, version: 1 },
      after: { summary: '研发在北京、生产在平原的“双飞地”园区' },
    });
  });

  it('creates one park on a double tap (one requestId)', async () => {
    const requestId = newRequestId();
    const [first, second] = [
      await kit.send('admin', 'admin.catalog.parks.save', newPark(), requestId),
      await kit.send('admin', 'admin.catalog.parks.save', newPark(), requestId),
    ];
    expect(dataOf(second)).toEqual(dataOf(first));
    const found = dataOf(await kit.send('admin', 'admin.catalog.parks.list', { keyword: '数字经济' }));
    expect(found.items).toHaveLength(1);
    const records = (await kit.stack.store.find('audit_log', { limit: 100 })).items;
    expect(records.filter((r) => r.action === 'admin.catalog.parks.save')).toHaveLength(1);
  });

  it('lists a new unit on the park page and takes a withdrawn one off it', async () => {
    const unit = dataOf(await kit.send('admin', 'admin.catalog.factories.save', newFactory()));
    const listed = async () =>
      dataOf(await kit.send(null, 'catalog.parks.get', { id: 'jingde-smart' }))
        .factories.items.map((f) => f.name)
        .sort();
    expect(await listed()).toEqual(['一期“定制”标准厂房', '二期标准厂房A栋'].sort());

    dataOf(
      await kit.send('admin', 'admin.catalog.factories.save', newFactory({ factoryId: unit.id, status: 'withdrawn' })),
    );
    expect(await listed()).toEqual(['一期“定制”标准厂房']);
    const office = dataOf(
      await kit.send('admin', 'admin.catalog.factories.list', { parkId: 'jingde-smart', keyword: '二期' }),
    );
    expect(office.items.map((f) => f.status)).toEqual(['withdrawn']);
  });
});
