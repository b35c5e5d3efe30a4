import { demoOpenid } from '@core/app/seed';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { inProcessTransport } from '../../tests/support/in-process-transport';
import { newArticle } from '../../tests/support/catalog-fixture';
import { makeCatalogStores } from './catalog-stores';
import { makeCatalogOfficeStores } from './catalog-office-stores';

/** The module-level stores use the platform `call` (a browser's): replaced, never used here. */
jest.mock('../services/transport', () => ({
  call: () => Promise.reject(new Error('the module-level stores are not under test here')),
}));

let stack: TestStack;
let catalog: ReturnType<typeof makeCatalogStores>;
let office: ReturnType<typeof makeCatalogOfficeStores>;
let requests = 0;
beforeEach(async () => {
  stack = await openTestStack();
  catalog = makeCatalogStores(inProcessTransport(stack.deps));
  office = makeCatalogOfficeStores(inProcessTransport(stack.deps, demoOpenid('admin')), catalog, () => {
    requests += 1;
    return `req-office-${requests}`;
  });
});
afterEach(() => stack.close());

describe('the public catalogue after an office edit', () => {
  it('reads home, the park list and the articles again and drops cached details', async () => {
    await Promise.all([
      catalog.home.getState().load(),
      catalog.parks.getState().reload(),
      catalog.articles.getState().setFilter('policy'),
      catalog.parkDetails.getState().load('jingde-smart'),
    ]);
    expect(catalog.articles.getState().items).toEqual([]);

    await office.parks.getState().setFilter('京德');
    const park = office.parks.getState().items[0];
    if (!park) throw new Error('no park');
    const { id: _id, version, schemaVersion: _stamp, ...fields } = park as typeof park & { schemaVersion?: number };
    const edited = await office.change(
      'admin.catalog.parks.save',
      { ...fields, parkId: park.id, version, summary: '研发在北京、生产在平原' },
      park.id,
    );
    expect(edited.ok).toBe(true);
    expect(catalog.home.getState().data?.parks.find((p) => p.id === park.id)?.summary).toBe('研发在北京、生产在平原');
    expect(catalog.parks.getState().items.find((p) => p.id === park.id)?.summary).toBe('研发在北京、生产在平原');
    expect(catalog.parkDetails.getState().byId).toEqual({});

    const draft = await office.change('admin.catalog.articles.save', newArticle() as never, 'new-article');
    if (!draft.ok) throw new Error(draft.error.message);
    expect(catalog.articles.getState().items).toEqual([]);
    await office.change(
      'admin.catalog.articles.setStatus',
      { articleId: draft.data.id, status: 'published' },
      draft.data.id,
    );
    expect(catalog.articles.getState().items.map((a) => a.title)).toEqual([newArticle().title]);
  });

  it('leaves the public stores alone when the office’s edit is refused', async () => {
    await catalog.home.getState().load();
    const before = catalog.home.getState().data;
    const refused = await office.change(
      'admin.catalog.articles.setStatus',
      { articleId: 'nope', status: 'published' },
      'nope',
    );
    expect(refused.ok).toBe(false);
    expect(catalog.home.getState().data).toBe(before);
  });
});
