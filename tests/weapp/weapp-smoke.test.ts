/**
 * @jest-environment jsdom
 *
 * The compiled mini-program, not the sources: dist/weapp's chunks run in miniprogram-simulate with
 * the official WXML compiler, and wx.cloud.callFunction answers through the real dispatcher and
 * handlers over a seeded SQLite store (that stub plays the platform; it is not under test).
 */
import { randomUUID } from 'node:crypto';
import { dispatch } from '@core/app/dispatch/dispatch';
import { EVERY_FUNCTION } from '@core/app/handlers';
import { FIXED_NOW, openTestStack, type TestStack } from '../support/temp-sqlite-store';
import { bootWeapp, type Weapp } from './load-weapp';
import { ensureWeappBuild } from './ensure-weapp-build';

let stack: TestStack;
let weapp: Weapp;
const calls: string[] = [];

beforeAll(async () => {
  ensureWeappBuild();
  // The pages ask for dates from the phone's clock: it reads the same fixed instant as the back end.
  jest.spyOn(Date, 'now').mockReturnValue(FIXED_NOW);
  stack = await openTestStack();
  weapp = bootWeapp(async (fn, data) => {
    const { action, input, requestId } = (typeof data === 'object' && data !== null ? data : {}) as Record<
      string,
      unknown
    >;
    calls.push(String(action));
    return dispatch(
      { action, input, requestId },
      { fn, openid: 'o-weapp-smoke', ...EVERY_FUNCTION, deps: stack.deps, traceId: randomUUID() },
    );
  });
}, 180_000);

afterAll(() => {
  jest.restoreAllMocks();
  stack?.close();
});

/** Retries a check until it passes; timed on performance.now(), since Date.now() is pinned. */
const eventually = async (check: () => void, timeoutMs = 3000): Promise<void> => {
  const started = performance.now();
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (performance.now() - started > timeoutMs) throw e;
      await new Promise((done) => setTimeout(done, 20));
    }
  }
};

describe('the compiled weapp', () => {
  it('renders the home page from the catalog function', async () => {
    const home = await weapp.openPage('pages/home/index');
    await eventually(() => expect(home.text()).toContain('京德智造产业园'));
    expect(calls).toContain('catalog.home');
  });

  it('asks to open the park detail page when a park card is tapped', async () => {
    const home = await weapp.openPage('pages/home/index');
    await eventually(() => expect(home.text()).toContain('京德智造产业园'));
    const cards = home.comp.querySelectorAll('.park-card');
    const jingde = cards.find((card) => card.dom?.textContent?.includes('京德智造产业园'));
    expect(cards).toHaveLength(9);
    if (!jingde) throw new Error('no park card shows 京德智造产业园');
    expect(weapp.navigations).toEqual([]);
    jingde.dispatchEvent('tap');
    await eventually(() =>
      expect(weapp.navigations).toContainEqual({ api: 'navigateTo', url: '/pages/park-detail/index?id=jingde-smart' }),
    );
  });

  it('renders a park in full', async () => {
    const detail = await weapp.openPage('pages/park-detail/index', { id: 'jingde-smart' });
    await eventually(() => expect(detail.text()).toContain('667亩'));
    expect(detail.text()).toContain('4万平方米');
    expect(calls).toContain('catalog.parks.get');
  });
});

describe('the compiled weapp: visit booking', () => {
  it('shows real availability on the booking page, with closed days and their reason', async () => {
    const book = await weapp.openPage('pages/visit-book/index', { parkIds: 'jingde-smart' });
    await eventually(() => expect(book.text()).toContain('可约'));
    expect(book.text()).toContain('周末');
    expect(book.text()).toContain('京德智造产业园');
    expect(calls).toContain('visits.availability');
  });

  it('loads the staff visits page from its subpackage', async () => {
    const staff = await weapp.openPage('subpackages/staff/pages/visits/index');
    // The smoke caller is a visitor: the page loads and the server's refusal is what it shows.
    await eventually(() => expect(calls).toContain('visits.staffList'));
    await eventually(() => expect(staff.text()).toContain('没有权限'));
  });
});

describe('the compiled weapp: service tickets', () => {
  it('renders the 服务 tab from the ticket catalog, each category with its 发起申请', async () => {
    const services = await weapp.openPage('pages/services/index');
    await eventually(() => expect(services.text()).toContain('零距离上门服务'));
    expect(services.text()).toContain('默认值，待开发区确定');
    expect(calls).toContain('tickets.catalog');
    const cards = services.comp.querySelectorAll('.service-card');
    expect(cards).toHaveLength(13);
    for (const card of cards) expect(card.dom?.textContent).toContain('发起申请');
  });

  it('loads the staff inbox subpackage page and shows the server’s refusal to a visitor', async () => {
    const inbox = await weapp.openPage('subpackages/staff/pages/tickets/inbox/index');
    await eventually(() => expect(inbox.text()).toContain('没有权限执行此操作'));
    expect(inbox.text()).toContain('内部工作区');
  });

  it('shares a park to a chat and to 朋友圈 so that the card opens on that park', async () => {
    const park = await weapp.openPage('pages/park-detail/index', { id: 'jingde-smart' });
    await eventually(() => expect(park.text()).toContain('京德智造产业园'));
    const page = park.comp.instance as unknown as {
      onShareAppMessage(event: object): unknown;
      onShareTimeline(): unknown;
    };
    expect(page.onShareAppMessage({ from: 'menu' })).toEqual({
      title: '京德智造产业园 · 平原经济开发区',
      path: '/pages/park-detail/index?id=jingde-smart',
      imageUrl: '/assets/share-cover.png',
    });
    expect(page.onShareTimeline()).toEqual({
      title: '京德智造产业园 · 平原经济开发区',
      query: 'id=jingde-smart',
      imageUrl: '/assets/share-cover.png',
    });
  });
});
