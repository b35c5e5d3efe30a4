/**
 * Screenshots of the H5 app at a phone viewport, for a person to look at:
 *   npx tsx scripts/screenshot.ts http://127.0.0.1:8787 out-dir '#/pages/home/index' ...
 * PERSONA=staff acts as that demo persona first (the local stack's 体验身份), TALL=1 shows whole pages,
 * WIDE=1 uses an office window (1280×800) instead of a phone (375×812).
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';

const [base = 'http://127.0.0.1:8787', outDir = 'screenshots', ...routes] = process.argv.slice(2);

const main = async () => {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // TALL=1 renders the whole page in one picture (Taro scrolls an inner element, so fullPage cannot).
  const width = process.env.WIDE ? 1280 : 375;
  const height = process.env.TALL ? 2400 : process.env.WIDE ? 800 : 812;
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  if (process.env.PERSONA) {
    await page.goto(`${base}/#/subpackages/account/pages/demo-identity/index`);
    await page.locator(`[data-persona="${process.env.PERSONA}"]`).click();
    await page.waitForTimeout(1000);
  }
  for (const [index, route] of (routes.length ? routes : ['#/pages/home/index']).entries()) {
    // A fresh load per route, so each picture shows what a person opening that page sees.
    await page.goto(`${base}/?shot=${index}${route}`);
    await page.waitForTimeout(1500);
    const name = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    process.stdout.write(`${file}\n`);
  }
  await browser.close();
};

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
