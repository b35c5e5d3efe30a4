import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';
import { actAs, openRoute } from './personas';
import { onPage } from './phone-page';

/**
 * What a newcomer tripped over (issue 13), each checked the way a person meets it at 375×812.
 * Wednesday 2026-12-02 10:00 Beijing time: the first day offered is Thursday 12-03, whose 上午 (09:00)
 * is already inside the 24-hour change cut-off and whose 下午 (14:30) is not.
 */
const CLOCK_START = '2026-12-02T10:00:00+08:00';
const SHOTS = join(__dirname, '..', '..', 'screenshots', 'newcomer');

const app = useBrowserStack({
  clockStart: CLOCK_START,
  shotsDir: SHOTS,
  // The app's own date (the strip's first day) agrees with the stack's clock.
  setUp: ({ page }) => page.clock.setFixedTime(new Date(CLOCK_START)),
});

const shot = (name: string) => app.page.screenshot({ path: join(SHOTS, `${name}.png`) });
const VIEWPORT_HEIGHT = 812;
/** Where an element's box sits in the viewport: top and bottom in CSS px. */
const boxOf = async (locator: ReturnType<Page['locator']>) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { top: box.y, bottom: box.y + box.height };
};
const isInFirstScreen = async (locator: ReturnType<Page['locator']>) => {
  const { top, bottom } = await boxOf(locator);
  return top >= 0 && bottom <= VIEWPORT_HEIGHT - 50; // above the tab bar
};

describe('a newcomer at 375×812', () => {
  it('finds 预约考察 and 帮办代办 in the first screen of 首页', async () => {
    const home = await openRoute(app.page, app.baseUrl, '/pages/home/index');
    await home.getByText('九大专业园区（9）').waitFor();
    await shot('home');
    const book = home.getByRole('button', { name: /^预约考察/ }).first();
    const services = home.getByRole('button', { name: /^帮办代办/ }).first();
    expect(await isInFirstScreen(book)).toBe(true);
    expect(await isInFirstScreen(services)).toBe(true);
    await book.click();
    await onPage(app.page, '/pages/visit-book/index').getByText('选择园区').first().waitFor();
  });

  it('sees 上午/下午 right under the day tapped, and 预约后不可改期/取消 on a slot already inside the cut-off', async () => {
    const book = await openRoute(app.page, app.baseUrl, '/pages/visit-book/index?parkId=jingde-smart');
    const firstOpenDay = book.locator('.slot-day:not(.slot-day--off)').first();
    await firstOpenDay.scrollIntoViewIfNeeded();
    expect(await firstOpenDay.innerText()).toMatch(/^12\/3\s/);
    await firstOpenDay.click();
    const am = book.locator('.slot-half', { hasText: '上午' });
    const pm = book.locator('.slot-half', { hasText: '下午' });
    await am.waitFor();
    await shot('visit-book-day-tapped');
    // Where the eye is: the half-days open just below the tapped day, inside the screen.
    const day = await boxOf(firstOpenDay);
    const half = await boxOf(am);
    expect(half.top).toBeGreaterThan(day.top);
    expect(half.top - day.bottom).toBeLessThan(120);
    expect(half.bottom).toBeLessThanOrEqual(VIEWPORT_HEIGHT);
    // Before it is chosen, the slot says what booking it means.
    expect(await am.innerText()).toContain('预约后不可改期/取消');
    expect(await pm.innerText()).not.toContain('不可改期');
    await am.click();
    const notice = book.getByTestId('fixed-once-booked');
    expect(await notice.innerText()).toContain('预约后不可改期/取消');
    await pm.click();
    expect(await notice.count()).toBe(0);
  });

  it('after a failed booking submit, is taken to the first field with an error and it has the focus', async () => {
    const book = await openRoute(app.page, app.baseUrl, '/pages/visit-book/index?parkId=jingde-smart');
    await book.locator('.slot-day:not(.slot-day--off)').first().click();
    await book.locator('.slot-half', { hasText: '下午' }).click();
    await book.getByText('提交预约').click();
    const firstError = book.getByText('请填写公司名称');
    await firstError.waitFor();
    await app.page.waitForTimeout(300);
    await shot('visit-book-first-error');
    const { top, bottom } = await boxOf(firstError);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(VIEWPORT_HEIGHT);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('请输入公司全称');
  });

  it('after a failed request submit, is taken to the first field with an error and it has the focus', async () => {
    await actAs(app.page, app.baseUrl, 'enterprise', '王经理（演示）');
    const form = await openRoute(app.page, app.baseUrl, '/pages/ticket-new/index?categoryId=environmental-impact');
    await form.getByText('提交申请').waitFor();
    const description = form.locator('textarea');
    await description.fill('');
    await form.getByText('提交申请').click();
    await form.locator('.field-error').first().waitFor();
    await app.page.waitForTimeout(300);
    await shot('ticket-new-first-error');
    const focused = await app.page.evaluate(() => {
      const el = document.activeElement;
      const anchor = el?.closest('[id^="field-"]') ?? el;
      const box = el?.getBoundingClientRect();
      return { anchor: anchor?.id ?? '', top: box?.top ?? -1, bottom: box?.bottom ?? 1e9 };
    });
    expect(focused.anchor).toMatch(/^field-/);
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.bottom).toBeLessThanOrEqual(VIEWPORT_HEIGHT);
  });

  it('has a title and a way back on a sub-page in the browser, and 返回 leads back', async () => {
    const home = await openRoute(app.page, app.baseUrl, '/pages/home/index');
    await home.locator('[data-park-id="jingde-smart"]').click();
    await onPage(app.page, '/pages/park-detail/index').getByText('京德智造产业园').first().waitFor();
    // The park page titles itself with the park's name, as in WeChat.
    await app.page.locator('#taro-navigation-bar .taro-navigation-bar-title', { hasText: '京德智造产业园' }).waitFor();
    await shot('park-detail-frame');
    const back = app.page.getByRole('button', { name: '返回' });
    expect(await back.isVisible()).toBe(true);
    const box = await back.boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
    await back.click();
    await onPage(app.page, '/pages/home/index').getByText('九大专业园区（9）').waitFor();
  });

  it.each([
    // route, the page's navigationBarTitleText (what WeChat's own bar shows)
    ['/pages/visit-book/index', '预约考察'],
    ['/pages/my-visits/index', '我的预约'],
    ['/pages/messages/index', '消息'],
    ['/pages/my-tickets/index', '我的服务'],
    ['/pages/ticket-new/index', '发起申请'],
    ['/subpackages/account/pages/demo-identity/index', '体验身份'],
    ['/subpackages/staff/pages/tickets/inbox/index', '服务工单（工作人员）'],
  ])('opened directly, %s shows its title %s and a way to 首页', async (route, title) => {
    await openRoute(app.page, app.baseUrl, route);
    await app.page.locator('#taro-navigation-bar .taro-navigation-bar-title', { hasText: title }).waitFor();
    const toHome = app.page.getByRole('button', { name: '首页', exact: true });
    expect(await toHome.isVisible()).toBe(true);
    await toHome.click();
    await onPage(app.page, '/pages/home/index').getByText('九大专业园区（9）').waitFor();
  });
});
