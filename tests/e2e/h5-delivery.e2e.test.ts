import { join } from 'node:path';
import type { Response } from 'playwright-core';
import { checkH5Chunks } from '../../scripts/h5-chunk-report';
import { useBrowserStack } from './browser-stack';
import { onPage, tapTab } from './phone-page';

const DIST = join(__dirname, '..', '..', 'dist');

describe('the H5 build', () => {
  it('puts every module in exactly one JS file, so a shared one is fetched once', () => {
    const report = checkH5Chunks(DIST);
    expect(report.unlisted).toEqual([]);
    expect(report.duplicates.map((d) => `${d.module} in ${d.files.length} files`)).toEqual([]);
    process.stdout.write(
      `dist/h5: ${report.totalBytes} bytes in all, ${report.jsFiles} JS files (${report.jsBytes} bytes of JS)\n`,
    );
  });
});

interface Transfer {
  url: string;
  bytes: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
}

let transfers: Transfer[];

const app = useBrowserStack({
  // Delivery does not depend on the day; the stack's clock is pinned all the same.
  clockStart: '2026-12-02T10:00:00+08:00',
  setUp: ({ page }) => {
    transfers = [];
    page.on('requestfinished', (request) => {
      void request.response().then(async (response: Response | null) => {
        if (!response) return;
        const sizes = await request.sizes();
        const headers = response.headers();
        transfers.push({
          url: new URL(request.url()).pathname,
          // As Chromium received them: the encoded body plus the headers.
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          encoding: headers['content-encoding'],
          cacheControl: headers['cache-control'],
        });
      });
    });
  },
});

const settle = () => app.page.waitForLoadState('networkidle');
const assets = (list: Transfer[]) => list.filter((t) => !t.url.startsWith('/api/'));
const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);

describe('the H5 app over the wire', () => {
  it('loads 首页 compressed, caches hashed files for good, and a second page fetches only its own code', async () => {
    await app.page.goto(`${app.baseUrl}/#/pages/home/index`);
    await onPage(app.page, '/pages/home/index').getByText('九大专业园区（9）').waitFor();
    await settle();
    const first = assets(transfers);
    const code = first.filter((t) => /\.(js|css)$/.test(t.url));
    expect(code.length).toBeGreaterThan(0);
    for (const t of code) {
      expect(`${t.url} ${t.encoding}`).toBe(`${t.url} br`);
      expect(`${t.url} ${t.cacheControl}`).toBe(`${t.url} public, max-age=31536000, immutable`);
    }
    const html = first.find((t) => t.url === '/');
    expect(html?.encoding).toBe('br');

    const seen = new Set(first.map((t) => t.url));
    // 园区 is a tab page, then a park's detail page: each fetches only code no page before it had.
    const opened: { name: string; files: Transfer[] }[] = [];
    const open = async (name: string, go: () => Promise<void>) => {
      const before = transfers.length;
      await go();
      await settle();
      const files = assets(transfers.slice(before));
      expect(files.filter((t) => seen.has(t.url)).map((t) => t.url)).toEqual([]);
      for (const t of files) seen.add(t.url);
      opened.push({ name, files });
    };
    await open('园区', async () => {
      await tapTab(app.page, '园区');
      await onPage(app.page, '/pages/parks/index').locator('[data-park-id]').first().waitFor();
    });
    await open('园区详情', async () => {
      await onPage(app.page, '/pages/parks/index').locator('[data-park-id="jingde-smart"]').click();
      await onPage(app.page, '/pages/park-detail/index').getByText('关键数据').waitFor();
    });
    process.stdout.write(
      `first load: ${sum(first)} bytes over the wire in ${first.length} files (${first.map((t) => t.url).join(' ')})\n` +
        opened.map((o) => `then ${o.name}: ${sum(o.files)} bytes in ${o.files.length} files\n`).join(''),
    );
    const second = opened.flatMap((o) => o.files);
    // Budgets with room: the first load was 469 KB of JS before compression and splitting.
    expect(sum(first)).toBeLessThan(250_000);
    expect(sum(second)).toBeLessThan(40_000);
  });
});
