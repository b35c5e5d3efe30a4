import { join } from 'node:path';
import type { TicketView } from '@core/app/contract';
import { validTicket } from '../support/ticket-fixture';
import { callAs, demoPost as postDemo } from './scene-api';
import { useBrowserStack } from './browser-stack';
import { actAs, openRoute } from './personas';

const SHOTS = process.env.ZD_SHOTS_DIR ?? join(__dirname, '..', '..', 'screenshots', 'dashboard');

const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00', shotsDir: SHOTS });

const api = <T>(persona: string, action: string, input: unknown): Promise<T> =>
  callAs<T>(app.baseUrl, persona, action, input);
const demoPost = (path: string, body: unknown) => postDemo(app.baseUrl, path, body);

const DASHBOARD = '/subpackages/dashboard/pages/overview/index';
const LEDGER = '/subpackages/dashboard/pages/ledger/index';
const STAFF_DETAIL = '/subpackages/staff/pages/tickets/detail/index';

const shootBoth = async (name: string, route: string, ready: string) => {
  for (const [w, h] of [
    [375, 812],
    [1280, 800],
  ] as const) {
    await app.page.setViewportSize({ width: w, height: h });
    const view = await openRoute(app.page, app.baseUrl, route);
    await view.locator(ready).first().waitFor();
    await app.page.screenshot({ path: join(SHOTS, `${name}-${w}.png`) });
    // The page scrolls inside Taro's page element: one more shot further down, where the charts are.
    await view.locator(ready).first().scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: join(SHOTS, `${name}-${w}-lower.png`) });
  }
  await app.page.setViewportSize({ width: 375, height: 812 });
};

describe('the leader’s dashboard → an overdue item → its ticket', () => {
  it('shows the overdue ticket on the dashboard and opens it on the staff ticket page', async () => {
    const filed = await api<TicketView>('enterprise', 'tickets.create', validTicket());
    // Never accepted: its response deadline passes; the tick raises the 督办 and rolls the day up.
    const dueAt = filed.sla?.response.dueAt ?? 0;
    expect((await demoPost('/api/demo/clock', { at: dueAt + 2 * 3_600_000 })).ok).toBe(true);
    expect((await demoPost('/api/demo/tick', {})).ok).toBe(true);

    await actAs(app.page, app.baseUrl, 'leader', '赵主任（演示）');
    const dashboard = await openRoute(app.page, app.baseUrl, DASHBOARD);
    const item = dashboard.locator(`.overdue[data-ticket-id="${filed.id}"]`);
    await item.waitFor();
    expect(await item.innerText()).toMatch(/已超时 [\d.]+ 个工作小时/);
    expect(await item.innerText()).toContain('督办 1 次');
    expect(await dashboard.locator('.tile').first().innerText()).toMatch(/新建工单\s*1/);
    await dashboard.getByText(/^项目（共 \d+ 个）$/).waitFor();
    await dashboard.getByText(/^签约→开工：\d+ \/ \d+/).waitFor();
    await dashboard.getByText(/^红灯 \d+ 个，黄灯 \d+ 个$/).waitFor();
    await item.click();
    const detail = app.page.locator(`.taro_page.taro_page_stationed[id^="${STAFF_DETAIL}"]`);
    await detail.getByText(/已超时，报负责领导/).waitFor();
    expect(await detail.innerText()).toContain('环评');
  });

  it('the dashboard and the ledger read at phone and desktop width', async () => {
    await shootBoth('dashboard', DASHBOARD, '.trend');
    await shootBoth('ledger', LEDGER, '.ledger-line');
  });
});
