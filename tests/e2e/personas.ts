import type { Page } from 'playwright-core';
import { onPage } from './phone-page';

let loads = 0;

/** Opens a route with a fresh page load (stores start empty; the session stays in storage). */
export const openRoute = async (page: Page, baseUrl: string, route: string) => {
  loads += 1;
  await page.goto(`${baseUrl}/?load=${loads}#${route}`);
  return onPage(page, route.split('?')[0] ?? route);
};

/** Acts as a demo persona the way a person does: 我的 → 体验身份 → tap the persona. */
export const actAs = async (page: Page, baseUrl: string, persona: string, name: string) => {
  const demo = await openRoute(page, baseUrl, '/subpackages/account/pages/demo-identity/index');
  await demo.locator(`[data-persona="${persona}"]`).click();
  await demo.getByText(`当前：${name}`).waitFor();
};
