import { join } from 'node:path';
import type { TicketView } from '@core/app/contract';
import { validTicket } from '../support/ticket-fixture';
import { callAs, demoPost as postDemo } from './scene-api';
import { useBrowserStack } from './browser-stack';
import { actAs, openRoute } from './personas';

let ticketId = '';
const SHOTS = join(__dirname, '..', '..', 'screenshots', 'sla');

// A Wednesday morning inside business hours; every later instant is named from the ticket's own deadline.
const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00', shotsDir: SHOTS });

const shot = (name: string) => app.page.screenshot({ path: join(SHOTS, `${name}.png`) });
/** Setting the scene over the wire as a persona would (filing and working a ticket are the tickets e2e's job). */
const api = <T>(persona: string, action: string, input: unknown): Promise<T> =>
  callAs<T>(app.baseUrl, persona, action, input);
const demoPost = (path: string, body: unknown) => postDemo(app.baseUrl, path, body);
const advanceTo = async (instant: number) => {
  const moved = await demoPost('/api/demo/clock', { at: instant });
  expect(moved.ok).toBe(true);
  // The demo clock runs on from where it is put, so its answer may already be a few ms later.
  expect(moved.data.now).toBeGreaterThanOrEqual(instant);
  expect(moved.data.now).toBeLessThan(instant + 60_000);
};

const STAFF_DETAIL = '/subpackages/staff/pages/tickets/detail/index';
const OVERSIGHT = '/subpackages/staff/pages/oversight/index';
const slaStateOn = async (route: string) => {
  const panel = (await openRoute(app.page, app.baseUrl, route)).locator('.sla-panel');
  await panel.waitFor();
  return panel;
};

describe('限时办结 → 督办 → 确认办结 → 整改, on the local stack with its demo clock', () => {
  it('the staff member sees the deadline green, then yellow, then red as the clock moves', async () => {
    const filed = await api<TicketView>('enterprise', 'tickets.create', validTicket());
    ticketId = filed.id;
    const accepted = await api<TicketView>('staff', 'tickets.accept', { ticketId });
    const dueAt = accepted.sla?.resolution.dueAt ?? 0;

    await actAs(app.page, app.baseUrl, 'staff', '张专员（演示）');
    const route = `${STAFF_DETAIL}?id=${ticketId}`;
    let panel = await slaStateOn(route);
    expect(await panel.getAttribute('data-sla-state')).toBe('on_track');
    expect(await panel.innerText()).toMatch(/剩余 [\d.]+ 个工作小时/);
    await shot('staff-detail-green');

    // Two calendar hours before the deadline: under 4 working hours left.
    await advanceTo(dueAt - 2 * 3_600_000);
    panel = await slaStateOn(route);
    expect(await panel.getAttribute('data-sla-state')).toBe('warning');
    await shot('staff-detail-yellow');

    // One calendar hour past the deadline: overdue, but less than the working day after which the
    // office is told as well (the next test expects the leader's step only).
    await advanceTo(dueAt + 3_600_000);
    panel = await slaStateOn(route);
    expect(await panel.getAttribute('data-sla-state')).toBe('overdue');
    expect(await panel.innerText()).toMatch(/已超时/);
    await shot('staff-detail-red');
  });

  it('after a scheduler tick the leader finds the 督办 and the ticket shows it', async () => {
    const tick = await demoPost('/api/demo/tick', {});
    expect(tick.ok).toBe(true);
    await actAs(app.page, app.baseUrl, 'leader', '赵主任（演示）');
    const oversight = await openRoute(app.page, app.baseUrl, OVERSIGHT);
    const card = oversight.locator(`.oversight-card[data-ticket-id="${ticketId}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain('督办');
    await shot('leader-supervision');
    await card.click();
    const detail = app.page.locator(`.taro_page.taro_page_stationed[id^="${STAFF_DETAIL}"]`);
    await detail.getByText(/已超时，报负责领导/).waitFor();
    expect(await detail.locator('.sla-panel__supervision').innerText()).toContain('负责领导督办中');
    await shot('leader-ticket-supervised');
  });

  it('the enterprise confirms and rates 2, and a 整改 appears for the leader', async () => {
    await api<TicketView>('staff', 'tickets.resolve', { ticketId, summary: '环评批复已取得，文号见附件' });
    await actAs(app.page, app.baseUrl, 'enterprise', '王经理（演示）');
    const detail = await openRoute(app.page, app.baseUrl, `/pages/ticket-detail/index?id=${ticketId}`);
    await detail.getByText('未解决，退回办理').waitFor();
    await detail.locator('[data-rating="2"]').click();
    await detail.locator('.form__textarea textarea').first().fill('材料多次退回，等待太久');
    await shot('enterprise-confirm');
    await detail.locator('.form__submit').click();
    await detail.getByText('企业确认办结，评价：不满意（2），材料多次退回，等待太久').waitFor();
    await shot('enterprise-closed');

    await actAs(app.page, app.baseUrl, 'leader', '赵主任（演示）');
    const oversight = await openRoute(app.page, app.baseUrl, OVERSIGHT);
    await oversight.locator('[data-tab="open"]').click();
    const followUp = oversight.locator('[data-follow-up-id]');
    await followUp.getByText('不满意（2）').waitFor();
    expect(await followUp.innerText()).toContain('整改期限');
    await shot('leader-follow-up');
  });
});
