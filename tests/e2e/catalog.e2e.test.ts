import type { Locator } from 'playwright-core';
import { useBrowserStack } from './browser-stack';
import { onPage, tapTab, waitForCount } from './phone-page';

// Browsing does not depend on the day; the stack's clock is pinned all the same.
const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00' });

const textOf = async (route: string) => (await onPage(app.page, route).innerText()).replace(/\s+/g, ' ');

/** Taps a park on 园区 and reads its detail page once `heading` shows on it. */
const openPark = async (parks: Locator, parkId: string, heading: string) => {
  await parks.locator(`[data-park-id="${parkId}"]`).click();
  await onPage(app.page, '/pages/park-detail/index').getByText(heading).waitFor();
  return textOf('/pages/park-detail/index');
};

describe('an investor browses the park catalogue in the H5 app', () => {
  it('sees the zone, its leading industries and the 9 parks on 首页', async () => {
    await app.page.goto(`${app.baseUrl}/#/pages/home/index`);
    const home = onPage(app.page, '/pages/home/index');
    await home.getByText('九大专业园区（9）').waitFor();
    const text = await textOf('/pages/home/index');
    expect(text).toContain('平原经济开发区');
    expect(text).toContain('高端装备制造');
    expect(await home.locator('[data-park-id]').count()).toBe(9);
  });

  it('filters 园区 by an industry, opens 京德智造产业园 and reads its real figures', async () => {
    await tapTab(app.page, '园区');
    const parks = onPage(app.page, '/pages/parks/index');
    await parks.locator('[data-park-id]').first().waitFor();
    expect(await parks.locator('[data-park-id]').count()).toBe(9);

    await parks.locator('[data-industry-id="high-end-equipment"]').click();
    await waitForCount(parks.locator('[data-park-id]'), 2);

    const text = await openPark(parks, 'jingde-smart', '关键数据');
    expect(text).toContain('667亩');
    expect(text).toContain('18亿元');
    expect(text).toContain('4万平方米');
    expect(text).toContain('可定制');
    expect(text).toContain('双飞地');
  });

  it('goes back to the filtered list and opens a park without published figures', async () => {
    await app.page.goBack();
    const parks = onPage(app.page, '/pages/parks/index');
    const text = await openPark(parks, 'high-end-equipment', '厂房载体');
    expect(text).toContain('待补充');
    expect(text).toContain('厂房信息待补充');
    expect(text).not.toContain('667亩');
  });

  it('opens a 招商动态 article from 动态', async () => {
    await app.page.goBack();
    await tapTab(app.page, '动态');
    const list = onPage(app.page, '/pages/articles/index');
    await list.locator('[data-article-id="focus-business-environment"]').click();
    const article = onPage(app.page, '/pages/article-detail/index');
    await article.getByText('来源：').waitFor();
    expect(await textOf('/pages/article-detail/index')).toContain('五个一');
  });

  it('switches to the staff persona on 体验身份 and 我的 shows who the server says it is', async () => {
    await app.page.goBack();
    await tapTab(app.page, '我的');
    const mine = onPage(app.page, '/pages/mine/index');
    await mine.getByText('访客').first().waitFor();
    await mine.getByText('体验身份').click();
    const demo = onPage(app.page, '/subpackages/account/pages/demo-identity/index');
    await demo.locator('[data-persona="staff"]').click();
    await demo.getByText('当前：张专员（演示）').waitFor();
    await app.page.goBack();
    await mine.getByText('张专员（演示）').waitFor();
    expect(await textOf('/pages/mine/index')).toContain('专员');
  });
});
