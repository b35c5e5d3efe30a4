import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';
import { actAs, openRoute } from './personas';
import { onPage } from './phone-page';

// A Wednesday morning: the first bookable day is Thursday, a plain working day.
const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00' });

const fill = (scope: ReturnType<Page['locator']>, placeholder: string, value: string) =>
  scope.locator(`input[placeholder="${placeholder}"]`).fill(value);

/** Acts as a persona, then opens a route afresh. */
const openAs = async (persona: string, name: string, route: string) => {
  await actAs(app.page, app.baseUrl, persona, name);
  return openRoute(app.page, app.baseUrl, route);
};

describe('an investor books a two-park visit and the host confirms it', () => {
  it('the investor books 京德智造产业园 + 新材料产业园 for the next working day afternoon', async () => {
    const park = await openAs('investor', '李客商（演示）', '/pages/park-detail/index?id=jingde-smart');
    await park.getByText('预约考察').first().click();

    const book = onPage(app.page, '/pages/visit-book/index');
    await book.getByText('新材料产业园').first().click();
    // The first day that can be picked is the next working day (minimum notice: 1 working day).
    const firstOpenDay = book.locator('.slot-day:not(.slot-day--off)').first();
    await firstOpenDay.click();
    await book.locator('.slot-half', { hasText: '下午' }).click();
    await fill(book, '请输入公司全称', '演示投资有限公司');
    await fill(book, '请输入姓名', '李客商');
    await fill(book, '11位手机号', '13800138001');
    await fill(book, '人数', '3');
    await book.getByText('暂未确定').click();
    await book.getByText(/我已阅读并同意/).click();
    await book.getByText('提交预约').click();

    const detail = onPage(app.page, '/pages/visit-detail/index');
    await detail.getByText('预约已提交').waitFor();
    const text = await detail.innerText();
    expect(text).toContain('待确认');
    expect(text).toContain('京德智造产业园');
    expect(text).toContain('新材料产业园');
    expect(text).toContain('下午');
  });

  it('the staff persona sees the visit among upcoming visits and confirms it', async () => {
    const list = await openAs('staff', '张专员（演示）', '/subpackages/staff/pages/visits/index');
    await list.getByText('演示投资有限公司').first().click();
    const visit = onPage(app.page, '/subpackages/staff/pages/visit/index');
    await visit.getByText('确认接待').click();
    await visit.getByText('已确认').first().waitFor();
  });

  it('the investor sees 已确认 with the host’s name and role', async () => {
    const mine = await openAs('investor', '李客商（演示）', '/pages/my-visits/index');
    await mine.getByText('已确认').first().click();
    const detail = onPage(app.page, '/pages/visit-detail/index');
    await detail.getByText('张专员（演示）').first().waitFor();
    const text = await detail.innerText();
    expect(text).toContain('已确认');
    expect(text).toContain('招商服务专员');
    expect(text).not.toContain('13800138003'); // the host's own number is never shown to the investor
  });
});
