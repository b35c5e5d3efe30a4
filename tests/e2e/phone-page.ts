import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

export interface PhoneSession {
  browser: Browser;
  page: Page;
}

/** A 375×812 phone viewport in Debian's Chromium. */
export const openPhone = async (): Promise<PhoneSession> => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  return { browser, page };
};

/**
 * A page of the H5 app once Taro's router has slid it in (its element id starts with the route).
 * Tests read and tap only inside it, so a page still underneath never answers for the one on top.
 */
export const onPage = (page: Page, route: string) => page.locator(`.taro_page.taro_page_stationed[id^="${route}"]`);

export const tapTab = (page: Page, label: string) => page.locator('.weui-tabbar__item', { hasText: label }).click();

/** Waits until a list shows exactly `expected` items (a filter answers asynchronously). */
export const waitForCount = async (locator: ReturnType<Page['locator']>, expected: number, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  let count = await locator.count();
  while (count !== expected) {
    if (Date.now() > deadline) throw new Error(`expected ${expected} items, still ${count}`);
    await new Promise((r) => setTimeout(r, 100));
    count = await locator.count();
  }
};
