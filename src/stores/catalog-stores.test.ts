import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { inProcessTransport } from '../../tests/support/in-process-transport';
import { ALL_PARKS } from '../../tests/support/catalog-fixture';
import { makeCatalogStores } from './catalog-stores';

/**
 * The catalogue stores over the real dispatcher and handlers on a seeded SQLite database.
 * catalog-stores.ts also builds the app's module-level stores over the platform `call`, whose
 * @tarojs/taro needs a browser; these tests never use it, so it is replaced before the import.
 */
jest.mock('../services/transport', () => ({
  call: () => Promise.reject(new Error('the module-level stores are not under test here')),
}));

let stack: TestStack;
let stores: ReturnType<typeof makeCatalogStores>;

beforeAll(async () => {
  stack = await openTestStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stores = makeCatalogStores(inProcessTransport(stack.deps));
});

const parkNames = () => stores.parks.getState().items.map((park) => park.name);

describe('catalog stores over the real dispatcher', () => {
  test('the park list holds the 9 parks in order, all on the first page', async () => {
    await stores.parks.getState().reload();
    expect(stores.parks.getState()).toMatchObject({ status: 'ready', next: null, error: null });
    expect(parkNames()).toEqual(ALL_PARKS);
    const jingde = stores.parks.getState().items.find((park) => park.id === 'jingde-smart');
    expect(jingde).toMatchObject({ areaMu: 667, investmentYi: 18, status: 'under_construction' });
    expect(jingde?.industries.map((i) => i.name)).toEqual(['智能制造', '高端装备制造']);
  });

  test('filtering by an industry gives the parks of that industry', async () => {
    await stores.parks.getState().setFilter({ keyword: '', industryId: 'high-end-equipment' });
    expect(parkNames()).toEqual(['京德智造产业园', '高端装备制造产业园']);

    await stores.parks.getState().setFilter({ keyword: '', industryId: 'smart-manufacturing' });
    expect(parkNames()).toEqual(['京德智造产业园']);
  });

  test('a keyword searches park names; it is trimmed, and combines with the industry', async () => {
    await stores.parks.getState().setFilter({ keyword: '航空', industryId: null });
    expect(parkNames()).toEqual(['航空产业园']);

    await stores.parks.getState().setFilter({ keyword: '  京德 ', industryId: null });
    expect(parkNames()).toEqual(['京德智造产业园']);

    await stores.parks.getState().setFilter({ keyword: '产业园', industryId: 'high-end-equipment' });
    expect(parkNames()).toEqual(['京德智造产业园', '高端装备制造产业园']);

    await stores.parks.getState().setFilter({ keyword: '京德', industryId: 'aviation' });
    expect(stores.parks.getState()).toMatchObject({ status: 'ready', items: [], next: null });

    await stores.parks.getState().setFilter({ keyword: '   ', industryId: null });
    expect(parkNames()).toEqual(ALL_PARKS);
  });

  test('a keyword the server rejects (over 20 characters) is an error, not an empty list', async () => {
    await stores.parks.getState().setFilter({ keyword: '园'.repeat(21), industryId: null });
    expect(stores.parks.getState()).toMatchObject({
      status: 'error',
      items: [],
      error: { code: 'INVALID_INPUT', message: '关键词不超过20个字' },
    });
  });

  test('industries load as a plain list', async () => {
    await stores.industries.getState().load();
    const { status, data } = stores.industries.getState();
    expect(status).toBe('ready');
    expect(data?.map((i) => i.id)).toEqual([
      'pharma-medical',
      'green-chemical',
      'high-end-equipment',
      'new-materials',
      'modern-agriculture',
      'smart-manufacturing',
      'railway-logistics',
      'aviation',
      'innovation',
    ]);
  });

  test('park details are cached per id; an unknown id is NOT_FOUND', async () => {
    await stores.parkDetails.getState().load('jingde-smart');
    await stores.parkDetails.getState().load('green-chemical');
    await stores.parkDetails.getState().load('no-such-park');
    const { byId } = stores.parkDetails.getState();

    expect(byId['jingde-smart']?.data?.park.figures).toEqual(
      expect.arrayContaining([
        { label: '占地面积', value: '667亩' },
        { label: '总投资', value: '18亿元' },
      ]),
    );
    expect(byId['jingde-smart']?.data?.factories.items.map((f) => f.areaM2)).toEqual([40000]);
    expect(byId['green-chemical']?.data?.park.figures.every((f) => f.value === null)).toBe(true);
    expect(byId['green-chemical']?.data?.factories).toEqual({ items: [], next: null });
    expect(byId['no-such-park']).toMatchObject({ status: 'error', data: null, error: { code: 'NOT_FOUND' } });
  });

  test('home and the news list load', async () => {
    await stores.home.getState().load();
    expect(stores.home.getState().data?.parks).toHaveLength(9);

    await stores.articles.getState().reload();
    const { items, status } = stores.articles.getState();
    expect(status).toBe('ready');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((article) => article.category === 'news')).toBe(true);
  });
});
