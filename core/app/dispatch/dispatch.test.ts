import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import type { Envelope } from '@core/kernel/errors';
import { ACTIONS, type Actions } from '../contract/actions';
import { HANDLERS, type HandlerMap } from '../handlers';
import { CATALOG_ACTIONS, CATALOG_HANDLERS } from '../handlers/by-function/catalog';
import { demoOpenid } from '../seed';
import { dispatch, type WireRequest } from './dispatch';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack();
});
afterEach(() => stack.close());

const send = (
  fn: string,
  request: WireRequest,
  openid: string | null = null,
  handlers: Partial<HandlerMap> = HANDLERS,
  actions: Partial<Actions> = ACTIONS,
) => dispatch(request, { fn, openid, actions, handlers, deps: stack.deps, traceId: 'trace-1' });

const dataOf = <T>(answer: Envelope<unknown>): T => {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.data as T;
};

describe('dispatch: the wire contract', () => {
  it('answers NOT_FOUND for an unknown action and for an action of another function', async () => {
    expect(await send('catalog', { action: 'catalog.nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await send('account', { action: 'catalog.home', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await send('catalog', { action: 42 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("serves a cloud function from its own definitions alone: others' are unknown there", async () => {
    const own = (action: string) => send('catalog', { action, input: {} }, null, CATALOG_HANDLERS, CATALOG_ACTIONS);
    expect(await own('catalog.home')).toMatchObject({ ok: true });
    for (const action of ['catalog.nope', 'catalog.toString', 'toString', '__proto__', 'account.whoami'])
      expect(await own(action)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // A definition it was not given is unknown even when a handler for it is at hand.
    const { 'catalog.home': _home, ...withoutHome } = CATALOG_ACTIONS;
    const answer = await send('catalog', { action: 'catalog.home', input: {} }, null, CATALOG_HANDLERS, withoutHome);
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each([
    [{ action: 'catalog.parks.list', input: { color: 'red' } }, 'color'],
    [{ action: 'catalog.parks.list', input: { limit: 0 } }, 'limit'],
    [{ action: 'catalog.parks.list', input: { limit: 101 } }, 'limit'],
    [{ action: 'catalog.parks.list', input: { limit: 1.5 } }, 'limit'],
    [{ action: 'catalog.parks.list', input: { keyword: 'x'.repeat(21) } }, 'keyword'],
    [{ action: 'catalog.parks.get', input: {} }, 'id'],
    [{ action: 'catalog.parks.get', input: { id: 7 } }, 'id'],
    [{ action: 'catalog.articles.list', input: { category: 'gossip' } }, 'category'],
  ])('rejects bad input %j as INVALID_INPUT naming %s, in Chinese', async (request, field) => {
    const answer = await send('catalog', request);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    expect(!answer.ok && /[\u4e00-\u9fa5]/.test(answer.error.message)).toBe(true);
  });

  it('turns an unexpected failure into INTERNAL with a request id, and logs the stack', async () => {
    const broken = { ...HANDLERS, 'catalog.home': async () => Promise.reject(new Error('disk on fire')) };
    const answer = await send('catalog', { action: 'catalog.home', input: {} }, null, broken);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'trace-1' },
    });
    expect(JSON.stringify(answer)).not.toContain('disk on fire');
    expect(stack.logged[0]?.meta).toMatchObject({ traceId: 'trace-1', action: 'catalog.home' });
    expect(String(stack.logged[0]?.meta?.error)).toContain('disk on fire');
  });
});

describe('catalogue actions on the seeded database', () => {
  it('home shows the zone, the five named leading industries, the 9 parks in order and the news', async () => {
    const home = dataOf<{
      zone: { name: string };
      leadingIndustries: { name: string }[];
      parks: { name: string }[];
      articles: { category: string }[];
    }>(await send('catalog', { action: 'catalog.home', input: {} }));
    expect(home.zone.name).toBe('平原经济开发区');
    expect(home.leadingIndustries.map((i) => i.name)).toEqual([
      '新型医药和医疗器械',
      '绿色高端化工',
      '高端装备制造',
      '新材料',
      '现代高效农业',
    ]);
    expect(home.parks).toHaveLength(9);
    expect(home.parks[2]?.name).toBe('京德智造产业园');
    expect(home.articles.length).toBeGreaterThan(0);
    expect(home.articles.every((a) => a.category === 'news')).toBe(true);
  });

  it('filters parks by industry and by name, and pages through all 9 exactly once', async () => {
    const byIndustry = dataOf<{ items: { id: string }[] }>(
      await send('catalog', { action: 'catalog.parks.list', input: { industryId: 'high-end-equipment' } }),
    );
    expect(byIndustry.items.map((p) => p.id)).toEqual(['jingde-smart', 'high-end-equipment']);
    const byName = dataOf<{ items: { name: string }[] }>(
      await send('catalog', { action: 'catalog.parks.list', input: { keyword: ' 医药 ' } }),
    );
    expect(byName.items.map((p) => p.name)).toEqual(['新型医药产业园']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; next: string | null } = dataOf(
        await send('catalog', { action: 'catalog.parks.list', input: { limit: 4, cursor } }),
      );
      seen.push(...page.items.map((p) => p.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('shows 京德智造产业园 with its published figures and its custom-built phase-1 factory', async () => {
    const detail = dataOf<{
      park: {
        areaMu: number;
        investmentYi: number;
        figures: { label: string; value: string | null }[];
        industries: { name: string }[];
      };
      factories: { items: { areaM2: number; isCustomBuild: boolean }[] };
      articles: { id: string }[];
      zoneLocation: { label: string } | null;
    }>(await send('catalog', { action: 'catalog.parks.get', input: { id: 'jingde-smart' } }));
    expect(detail.park).toMatchObject({ areaMu: 667, investmentYi: 18 });
    expect(detail.park.figures.map((f) => f.value)).toEqual(
      expect.arrayContaining(['667亩', '18亿元', '4万平方米“定制”标准厂房']),
    );
    expect(detail.factories.items).toEqual([expect.objectContaining({ areaM2: 40000, isCustomBuild: true })]);
    expect(detail.articles.map((a) => a.id)).toContain('focus-business-environment');
    expect(detail.zoneLocation?.label).toContain('大致位置');
  });

  it('says 待补充 (null) for the figures of parks the article gives none for', async () => {
    const detail = dataOf<{
      park: { areaMu: number | null; investmentYi: number | null; figures: { value: string | null }[] };
      factories: { items: unknown[] };
    }>(await send('catalog', { action: 'catalog.parks.get', input: { id: 'aviation' } }));
    expect(detail.park.areaMu).toBeNull();
    expect(detail.park.investmentYi).toBeNull();
    expect(detail.park.figures.every((f) => f.value === null)).toBe(true);
    expect(detail.factories.items).toEqual([]);
  });

  it('answers NOT_FOUND for a missing park or article, and for factories of a missing park', async () => {
    for (const request of [
      { action: 'catalog.parks.get', input: { id: 'atlantis' } },
      { action: 'catalog.articles.get', input: { id: 'nope' } },
      { action: 'catalog.factories.list', input: { parkId: 'atlantis' } },
    ]) {
      expect(await send('catalog', request)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('lists articles newest first by category; the policy column is empty until the zone publishes one', async () => {
    const news = dataOf<{ items: { publishedAt: number }[] }>(
      await send('catalog', { action: 'catalog.articles.list', input: { category: 'news' } }),
    );
    expect(news.items.length).toBe(3);
    expect(news.items.map((a) => a.publishedAt)).toEqual(
      [...news.items.map((a) => a.publishedAt)].sort((a, b) => b - a),
    );
    const policy = dataOf<{ items: unknown[]; next: string | null }>(
      await send('catalog', { action: 'catalog.articles.list', input: { category: 'policy' } }),
    );
    expect(policy).toEqual({ items: [], next: null });
    const article = dataOf<{ body: string[] }>(
      await send('catalog', { action: 'catalog.articles.get', input: { id: 'focus-business-environment' } }),
    );
    expect(article.body.join('')).toContain('一期4万平方米');
  });
});

describe('identity', () => {
  it('treats a caller without identity as nobody and an unknown openid as a visitor', async () => {
    expect(dataOf(await send('account', { action: 'account.whoami', input: {} }))).toMatchObject({
      isSignedIn: false,
      roles: [],
    });
    expect(dataOf(await send('account', { action: 'account.whoami', input: {} }, 'o-stranger'))).toMatchObject({
      isSignedIn: false,
      roles: ['visitor'],
    });
  });

  it('looks roles up server-side and masks the phone number', async () => {
    const me = dataOf<{ roles: string[]; phone: string }>(
      await send('account', { action: 'account.whoami', input: {} }, demoOpenid('leader')),
    );
    expect(me.roles).toEqual(['leader', 'staff']);
    expect(me.phone).toBe('138****8004');
  });

  it("tells only the office, from 1 December, that next year's holiday schedule is missing", async () => {
    stack.deps.clock = { now: () => Date.UTC(2026, 11, 1, 2, 0) }; // 2026-12-01 10:00 at +08:00
    const admin = dataOf<{ notices: string[] }>(
      await send('account', { action: 'account.whoami', input: {} }, demoOpenid('admin')),
    );
    expect(admin.notices).toEqual([expect.stringMatching(/^2027年国务院放假安排尚未收录/)]);
    const leader = dataOf<{ notices: string[] }>(
      await send('account', { action: 'account.whoami', input: {} }, demoOpenid('leader')),
    );
    expect(leader.notices).toEqual([]);
  });

  it('ignores any identity a payload claims', async () => {
    const answer = await send('account', { action: 'account.whoami', input: { openid: demoOpenid('admin') } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'openid' } });
  });
});
