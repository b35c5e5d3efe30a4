import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { useBrowserStack } from './browser-stack';
import { actAs, openRoute } from './personas';
import { onPage } from './phone-page';

const SHOTS = join(__dirname, '..', '..', 'screenshots', 'projects');
// A Wednesday: the seeded 德知航创 project (签约, leader 赵主任, contact 王经理) has no plan yet.
const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00', shotsDir: SHOTS });

const P = '/subpackages/projects/pages';
const PROJECT = 'dezhi-hangchuang';

/** Each page at a phone's width and at a PC's (leaders and the office also work from WeChat for Windows). */
const shots = async (name: string, root: Locator) => {
  await app.page.screenshot({ path: join(SHOTS, `${name}-375.png`), fullPage: true });
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await root.waitFor();
  await app.page.screenshot({ path: join(SHOTS, `${name}-1280.png`), fullPage: true });
  await app.page.setViewportSize({ width: 375, height: 812 });
};

/** Acts as a persona and goes 我的 → one entry; answers the list page it opens. */
const openFromMine = async (persona: string, name: string, entry: string, listRoute: string) => {
  await actAs(app.page, app.baseUrl, persona, name);
  const mine = await openRoute(app.page, app.baseUrl, '/pages/mine/index');
  await mine.locator(`[data-entry="${entry}"]`).click();
  return onPage(app.page, listRoute);
};

describe('the leader plans a project and advances it a stage', () => {
  it('finds the project under 签约 in 项目管理 and opens it', async () => {
    const list = await openFromMine('leader', '赵主任（演示）', 'projects', `${P}/list/index`);
    await list.locator('[data-filter="signed"]').click();
    await list.locator(`[data-project="${PROJECT}"]`).waitFor();
    expect(await list.locator('[data-project="demo-precision-parts"]').count()).toBe(0); // 开工, not 签约
    await shots('list', list);
    await list.locator(`[data-project="${PROJECT}"]`).click();
    const project = onPage(app.page, `${P}/project/index`);
    await project.getByText('签约（当前阶段）').waitFor();
    expect(await project.innerText()).toContain('尚未制定计划');
    await shots('project-unplanned', project);
  });

  it('plans back from a target production date, sees the live result, and saves the baseline', async () => {
    const project = onPage(app.page, `${P}/project/index`);
    await project.getByText('倒排工期（计划编辑）').click();
    const plan = onPage(app.page, `${P}/plan/index`);
    // Too soon: the planner says so with the shortfall instead of moving a date.
    await plan.locator('input[placeholder="YYYY-MM-DD"]').fill('2027-03-31');
    await plan.getByText(/工期不可行：按今天（2026-12-02）计已缺 \d+ 个工作日/).waitFor();
    await plan.locator('input[placeholder="YYYY-MM-DD"]').fill('2027-12-31');
    await plan.getByText(/工期可行/).waitFor();
    await plan.locator('[data-node="production"]').getByText('最迟开始 2027-12-24 · 最迟完成 2027-12-30').waitFor();
    await shots('plan', plan);
    await plan.getByText('保存计划', { exact: true }).last().click();
    const back = onPage(app.page, `${P}/project/index`);
    await back.getByText('目标投产 2027-12-31', { exact: true }).waitFor();
    expect(await back.locator('[aria-label="计划节点进度"] [role="listitem"]').count()).toBe(9);
    expect(await back.locator('[aria-label^="立项备案："]').count()).toBe(1);
  });

  it('advances 签约 → 开工 with the date and the 施工许可证 number, and the timeline names the leader', async () => {
    const project = onPage(app.page, `${P}/project/index`);
    await project.getByText('推进阶段或终止').click();
    const stage = onPage(app.page, `${P}/stage/index`);
    await stage.getByText('推进到“开工”').waitFor();
    await stage.getByText('确认推进').click();
    // Nothing is sent while the evidence is missing: each problem shows next to its field.
    await stage.getByText('请填写施工许可证编号或上传现场照片').waitFor();
    await stage.locator('input[placeholder="YYYY-MM-DD"]').fill('2026-12-01');
    await stage.locator('input[placeholder^="如 3714"]').fill('371426202612010101');
    await shots('stage', stage);
    await stage.getByText('确认推进').click();
    const after = onPage(app.page, `${P}/project/index`);
    await after.getByText('开工（当前阶段）').waitFor();
    const text = await after.innerText();
    expect(text).toContain('2026-12-01 开工 · 施工许可证 371426202612010101');
    expect(text).toContain('赵主任（演示）');
  });
});

describe('the enterprise follows its project and confirms a node that waits on it', () => {
  it('goes 我的 → 我的项目 → the project and sees the bar, owners and the next three nodes, no internal notes', async () => {
    const list = await openFromMine('enterprise', '王经理（演示）', 'my-projects', `${P}/mine/index`);
    await list.locator(`[data-project="${PROJECT}"]`).click();
    const project = onPage(app.page, `${P}/project/index`);
    await project.getByText('目标投产 2027-12-31', { exact: true }).waitFor();
    expect(await project.locator('[data-due]').count()).toBe(3);
    const text = await project.innerText();
    expect(text).not.toContain('内部');
    expect(text).not.toContain('统一社会信用代码');
    expect(text).toMatch(/1\d{2}\*{4}\d{4}/); // team phones masked
    await shots('project-enterprise', project);
  });

  it('confirms 投产, which then shows as 已完成', async () => {
    const project = onPage(app.page, `${P}/project/index`);
    const node = project.locator('[data-node="production"]');
    await node.getByText('确认已完成（材料已提交）').click();
    await project.locator('[data-node="production"][data-status="done"]').waitFor();
    expect(await project.locator('[aria-label^="投产：已完成"]').count()).toBe(1);
  });
});
