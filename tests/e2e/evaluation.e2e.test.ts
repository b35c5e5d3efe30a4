import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import type { RoundView } from '@core/evaluation';
import type { PageOf } from '@core/kernel/paging';
import { DEFAULT_DIMENSIONS } from '@core/evaluation/evaluation';
import { callAs, demoPost as postDemo } from './scene-api';
import { useBrowserStack } from './browser-stack';
import { actAs, openRoute } from './personas';

const SHOTS = process.env.ZD_SHOTS_DIR ?? join(__dirname, '..', '..', 'screenshots', 'evaluation');

const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00', shotsDir: SHOTS });

const OFFICE = '/subpackages/evaluation/pages/office/index';
const RATE = '/subpackages/evaluation/pages/rate/index';
const RESULTS = '/subpackages/evaluation/pages/results/index';
const OVERSIGHT = '/subpackages/staff/pages/oversight/index';
const LEDGER = '/subpackages/dashboard/pages/ledger/index';

const field = (root: Locator, name: string) => root.locator(`[name="${name}"] input, input[name="${name}"]`).first();

/** Every dimension of the default form given the same score, then 提交评分. */
const rate = async (view: Locator, target: string, score: number) => {
  const card = view.locator(`[data-target="${target}"]`);
  for (const d of DEFAULT_DIMENSIONS)
    await card.locator(`[data-dimension="${d.name}"] [data-score="${score}"]`).click();
  await card.locator('[data-action="submit-score"]').click();
  await card.getByText('已提交').waitFor();
};

const shoot = async (name: string, ready: Locator, widths: readonly number[] = [375, 1280]) => {
  for (const w of widths) {
    await app.page.setViewportSize({ width: w, height: w === 375 ? 812 : 800 });
    await ready.first().waitFor();
    await app.page.screenshot({ path: join(SHOTS, `${name}-${w}.png`) });
  }
  await app.page.setViewportSize({ width: 375, height: 812 });
};

describe('现场评议: one full round in the browser', () => {
  it('open → staff and enterprise rate → window closes → results → the bottom team’s 整改 → the ledger line', async () => {
    await actAs(app.page, app.baseUrl, 'admin', '招商办管理员（演示）');
    const office = await openRoute(app.page, app.baseUrl, OFFICE);
    await office.locator('[data-action="new-round"]').click();
    const form = office.locator('[data-form="round"]');
    // Weights must sum to 100: the form says so next to the field before sending.
    await field(form, 'weight-0').fill('25');
    await field(form, 'title').fill('2026年第四季度现场评议');
    for (const team of ['京德智造产业园接待组', '开发区值班台'])
      await form.locator(`[data-field="targets"] [data-option="${team}"]`).click();
    // A project as a target: searched by a part of its name, picked, shown as picked.
    await field(form, 'project-query').fill('长城');
    await form.locator('[data-action="find-projects"]').click();
    await form.locator('[data-field="found-projects"] [data-option*="长城金点"]').click();
    await form.locator('[data-field="picked-projects"] [data-picked*="长城金点"]').waitFor();
    await form.locator('[data-action="save-round"]').click();
    await form.getByText('各维度权重之和须为 100（现为 105）').waitFor();
    await shoot('office-form', form);
    await field(form, 'weight-0').fill('20');
    await form.locator('[data-action="save-round"]').click();
    const card = office.locator('[data-round="2026年第四季度现场评议"]');
    const code = (await card.locator('[data-code]').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{8}$/);
    // The code as a QR to scan on site (locally a QR of the H5 rating link).
    await card.locator('[data-action="show-qr"]').click();
    await card.locator('.eval-qr img, .eval-qr__image').first().waitFor();
    await shoot('office', card);

    // 张专员 is in the 京德 team: only the duty desk is theirs to rate.
    await actAs(app.page, app.baseUrl, 'staff', '张专员（演示）');
    const staffView = await openRoute(app.page, app.baseUrl, RATE);
    await staffView.locator('[data-target="开发区值班台"]').waitFor();
    expect(await staffView.locator('[data-target]').count()).toBe(1);
    await rate(staffView, '开发区值班台', 5);

    // The enterprise enters the code shown on site; a missing score is shown under its dimension.
    await actAs(app.page, app.baseUrl, 'enterprise', '王经理（演示）');
    const entView = await openRoute(app.page, app.baseUrl, RATE);
    await field(entView, 'code').fill(code.toLowerCase());
    await entView.locator('[data-action="enter-code"]').click();
    const jingde = entView.locator('[data-target="京德智造产业园接待组"]');
    await jingde.locator('[data-dimension="服务态度"] [data-score="2"]').click();
    await jingde.locator('[data-action="submit-score"]').click();
    await jingde.getByText('请为“办事效率”打分').waitFor();
    await shoot('rate', jingde, [375]);
    await rate(entView, '京德智造产业园接待组', 2);
    await rate(entView, '北京长城金点物联网科技股份有限公司入驻项目', 3);

    // The window closes (3 working days later); the scheduler's tick publishes the round.
    const rounds = await callAs<PageOf<RoundView>>(app.baseUrl, 'admin', 'evaluation.rounds', {});
    const closesAt = rounds.items[0]?.closesAt ?? 0;
    expect((await postDemo(app.baseUrl, '/api/demo/clock', { at: closesAt + 60_000 })).ok).toBe(true);
    expect((await postDemo(app.baseUrl, '/api/demo/tick', {})).ok).toBe(true);

    await actAs(app.page, app.baseUrl, 'staff', '张专员（演示）');
    const results = await openRoute(app.page, app.baseUrl, RESULTS);
    const rows = results.locator('[data-result]');
    await rows.first().waitFor();
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^1\s+开发区值班台（团队）\s+100\.0\s+1/),
      expect.stringMatching(/^2\s+北京长城金点物联网科技股份有限公司入驻项目（项目）\s+60\.0\s+1/),
      expect.stringMatching(/^3\s+京德智造产业园接待组（团队）\s+40\.0\s+1/),
    ]);
    expect(await results.innerText()).not.toContain('王经理');
    await shoot('results', rows);

    // The bottom team's leader has the 整改, due in 10 working days.
    await actAs(app.page, app.baseUrl, 'leader', '赵主任（演示）');
    const oversight = await openRoute(app.page, app.baseUrl, OVERSIGHT);
    await oversight.getByText('待整改', { exact: true }).click();
    await oversight.getByText('现场评议整改：京德智造产业园接待组').waitFor();
    await oversight.getByText('第3名 / 共3名').waitFor();

    await actAs(app.page, app.baseUrl, 'admin', '招商办管理员（演示）');
    const ledger = await openRoute(app.page, app.baseUrl, LEDGER);
    const line = ledger.locator('.ledger-line', { hasText: '现场评议' }).filter({ hasText: '京德智造产业园接待组' });
    await line.first().waitFor();
    expect(await line.first().innerText()).toContain('得分 40.0，第3名/共3名');
    await shoot('ledger', line);
  });
});
