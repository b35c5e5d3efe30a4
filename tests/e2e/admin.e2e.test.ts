import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { useBrowserStack } from './browser-stack';
import { onPage } from './phone-page';

const SHOTS = join(__dirname, '..', '..', 'screenshots', 'admin');

const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00', shotsDir: SHOTS });

const ADMIN = '/subpackages/admin/pages';
const open = async (route: string) => {
  await app.page.goto(`${app.baseUrl}/#${route}`);
  await app.page.reload();
  return onPage(app.page, route.split('?')[0] ?? route);
};
/** Each admin page at a phone's width and at a PC's (the office works from both). */
const shots = async (name: string, pageRoot: Locator) => {
  await app.page.screenshot({ path: join(SHOTS, `${name}-375.png`) });
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await pageRoot.waitFor();
  await app.page.screenshot({ path: join(SHOTS, `${name}-1280.png`) });
  await app.page.setViewportSize({ width: 375, height: 812 });
};
const field = (root: Locator, name: string) => root.locator(`[name="${name}"] input, input[name="${name}"]`).first();
const chip = (root: Locator, fieldName: string, label: string) =>
  root.locator(`[data-field="${fieldName}"] [data-option="${label}"]`);

const actAs = async (persona: 'admin', name: string) => {
  const demo = await open('/subpackages/account/pages/demo-identity/index');
  await demo.locator(`[data-persona="${persona}"]`).click();
  await demo.getByText(`当前：${name}`).waitFor();
};

/** The enterprise files a 项目备案 request without a project (the form itself is covered by tickets.e2e). */
const fileFilingRequest = async (n: number): Promise<{ assignee: { name: string } | null }> => {
  const post = async (path: string, body: unknown, token?: string) =>
    (
      await fetch(`${app.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    ).json() as Promise<{ ok: boolean; data: Record<string, unknown> }>;
  const session = await post('/api/demo/session', { persona: 'enterprise' });
  const answer = await post(
    '/api/tickets',
    {
      action: 'tickets.create',
      requestId: `e2e-admin-filing-${n}`,
      input: {
        categoryId: 'project-filing',
        projectId: null,
        enterpriseName: '北京德知航创科技有限公司',
        creditCode: '91350100M000100Y43',
        contactName: '王经理',
        contactPhone: '13800138002',
        description: '二期项目备案，请协助准备材料。',
        attachments: [],
        privacyConsent: true,
      },
    },
    session.data.token as string,
  );
  expect(answer.ok).toBe(true);
  return answer.data as { assignee: { name: string } | null };
};

let code = '';

describe('the office onboards a new staff member, who gets work at once, then goes on leave', () => {
  it('the admin reaches 管理后台 from 我的 and creates a 项目备案 desk team', async () => {
    await actAs('admin', '招商办管理员（演示）');
    const mine = await open('/pages/mine/index');
    await mine.locator('[data-entry="admin"]').click();
    const home = onPage(app.page, `${ADMIN}/home/index`);
    await home.getByText('督办与整改').waitFor();
    await shots('home', home);

    await home.locator('[data-entry="团队"]').click();
    const teams = onPage(app.page, `${ADMIN}/teams/index`);
    await teams.locator('[data-team]').first().waitFor();
    await teams.locator('[data-action="new-team"]').click();
    const form = teams.locator('[data-form="team"]');
    await field(form, 'name').fill('项目备案窗口');
    await chip(form, 'leaderUserId', '钱主任（演示）').click();
    await chip(form, 'memberIds', '孙专员（演示）').click();
    await chip(form, 'categoryIds', '项目备案（立项）').click();
    await form.locator('[data-action="save-team"]').click();
    // More teams than one page (the demo has a project team too): the office finds the new one by name.
    await form.waitFor({ state: 'detached' });
    await teams.locator('[name="search"] input, input[name="search"]').first().fill('项目备案');
    await teams.locator('[data-team="项目备案窗口"]').waitFor();
    await shots('teams', teams);
  });

  it('the admin pre-registers 马新员 in that team and issues an invite code', async () => {
    const staff = await open(`${ADMIN}/staff/index`);
    await staff.locator('[data-staff]').first().waitFor();
    await staff.locator('[data-action="preregister"]').click();
    const form = staff.locator('[data-form="preregister"]');
    await field(form, 'name').fill('马新员');
    await field(form, 'mobile').fill('13911112222');
    await field(form, 'title').fill('项目备案专员');
    await chip(form, 'teamIds', '项目备案窗口').click();
    await chip(form, 'skills', '项目备案（立项）').click();
    await chip(form, 'backupUserId', '孙专员（演示）').click();
    await form.locator('[data-action="save-person"]').click();
    await staff.locator('[name="search"] input, input[name="search"]').first().fill('马新');
    const card = staff.locator('[data-staff="马新员"]');
    await card.getByText('待绑定').waitFor();
    await card.locator('[data-action="invite"]').click();
    const invite = card.locator('[data-invite-code]');
    await invite.waitFor();
    code = (await invite.getAttribute('data-invite-code')) ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    await expect(invite.innerText()).resolves.toContain(`subpackages/account/pages/bind/index?code=${code}`);
    await shots('staff', staff);
  });

  it('a brand-new WeChat identity binds with the code and becomes 专员; a 项目备案 request reaches them in 工作台', async () => {
    const demo = await open('/subpackages/account/pages/demo-identity/index');
    await demo.locator('[data-action="fresh-identity"]').click();
    const bind = onPage(app.page, '/subpackages/account/pages/bind/index');
    await field(bind, 'code').fill(code.toLowerCase());
    await field(bind, 'mobile').fill('13911112222');
    await bind.getByText('确认绑定').click();
    await bind.getByText('绑定成功').waitFor();
    await expect(bind.innerText()).resolves.toContain('马新员，您的身份：专员');
    await app.page.screenshot({ path: join(SHOTS, 'bind-done-375.png') });

    const first = await fileFilingRequest(1);
    expect(first.assignee?.name).toBe('马新员');
    await bind.getByText('进入工作台').click();
    const inbox = onPage(app.page, '/subpackages/staff/pages/tickets/inbox/index');
    await inbox.getByText('项目备案（立项）').first().waitFor();
  });

  it('the admin puts 马新员 on leave with 孙专员 as AB岗; the next request goes to 孙专员', async () => {
    await actAs('admin', '招商办管理员（演示）');
    const staff = await open(`${ADMIN}/staff/index`);
    await staff.locator('[name="search"] input, input[name="search"]').first().fill('马新');
    const card = staff.locator('[data-staff="马新员"]');
    await card.locator('[data-action="leave"]').click();
    const form = card.locator('[data-form="leave"]');
    // The AB岗 registered with the person is proposed.
    await expect(chip(form, 'backupUserId', '孙专员（演示）').getAttribute('class')).resolves.toContain(
      'admin-chip--on',
    );
    await field(form, 'leaveFrom').fill('2026-12-02');
    await field(form, 'leaveTo').fill('2026-12-09');
    await form.locator('[data-action="save-leave"]').click();
    await card.getByText('休假中').waitFor();
    const second = await fileFilingRequest(2);
    expect(second.assignee?.name).toBe('孙专员（演示）');
  });

  it('the admin hands 马新员’s open work to the AB岗 in one step', async () => {
    const staff = await open(`${ADMIN}/staff/index`);
    await staff.locator('[name="search"] input, input[name="search"]').first().fill('马新');
    const card = staff.locator('[data-staff="马新员"]');
    await card.locator('[data-action="handover"]').click();
    const form = card.locator('[data-form="handover"]');
    await form.locator('[name="reason"] textarea, textarea[name="reason"]').first().fill('休假一周，工作交孙专员');
    await form.locator('[data-action="save-handover"]').click();
    await form.getByText('已移交 1 件工单、0 个考察给孙专员（演示）').waitFor();
    await shots('handover', staff);
  });

  it('the office opens 工作台 and 督办与整改 from the admin area and reads a team’s ticket', async () => {
    const home = await open(`${ADMIN}/home/index`);
    await home.locator('[data-entry="工作台"]').click();
    const inbox = onPage(app.page, '/subpackages/staff/pages/tickets/inbox/index');
    await inbox.getByText('办公室总览：各团队未办结的工单（只读）').waitFor();
    await inbox.getByText('全部团队 ›').waitFor();
    expect(await inbox.locator('[data-tab]').count()).toBe(1);
    await inbox.locator('[data-ticket-id]').first().waitFor();
    expect(await inbox.locator('[data-ticket-id]').count()).toBeGreaterThanOrEqual(2);
    await shots('office-inbox', inbox);
    await inbox.locator('[data-ticket-id]').first().click();
    const detail = onPage(app.page, '/subpackages/staff/pages/tickets/detail/index');
    await detail.getByText('项目备案（立项）').first().waitFor();
    expect(await detail.innerText()).toContain('138****8002');
    await shots('office-ticket', detail);

    const again = await open(`${ADMIN}/home/index`);
    await again.locator('[data-entry="督办与整改"]').click();
    const oversight = onPage(app.page, '/subpackages/staff/pages/oversight/index');
    await oversight.locator('[data-tab="office"]').waitFor();
    expect(await oversight.locator('[data-tab="supervision"]').count()).toBe(0);
    await shots('office-oversight', oversight);
  });

  it('the office schedules a new 项目备案 rules version from a future date; the list shows it beside the current one', async () => {
    const home = await open(`${ADMIN}/home/index`);
    await home.locator('[data-entry="服务事项"]').click();
    const page = onPage(app.page, `${ADMIN}/categories/index`);
    await page.locator('[name="search"] input, input[name="search"]').first().fill('项目备案');
    const card = page.locator('[data-category="项目备案（立项）"]');
    await card.getByText('现行：响应 4 个工作小时 · 办结 5 个工作日').waitFor();
    await shots('categories', page);
    await card.locator('[data-action="rules"]').click();
    const form = page.locator('[data-form="rules"]');
    // The clock stands at 2026-12-02 (+08:00): today is refused, the schema's bounds too.
    await field(form, 'effectiveFrom').fill('2026-12-02');
    await field(form, 'resolutionWorkingDays').fill('61');
    await form.locator('[data-action="add-rules"]').click();
    await form.getByText('办结时限不超过60个工作日').waitFor();
    await field(form, 'resolutionWorkingDays').fill('3');
    await form.locator('[data-action="add-rules"]').click();
    await form.getByText('生效日期须晚于今天').waitFor();
    await field(form, 'effectiveFrom').fill('2026-12-07');
    await form.locator('[data-action="add-rules"]').click();
    await form.locator('[data-version="2"]').getByText('待生效').waitFor();
    await expect(form.locator('[data-version="1"]').innerText()).resolves.toContain('现行');
    await form.locator('[data-version="2"]').scrollIntoViewIfNeeded();
    await shots('category-rules', page);
  });

  it('the audit log shows every step with its actor, and its hash chain checks', async () => {
    const audit = await open(`${ADMIN}/audit/index`);
    await audit.locator('[data-audit-action]').first().waitFor();
    const text = (await audit.innerText()).replace(/\s+/g, ' ');
    for (const step of ['保存团队', '预登记人员', '生成邀请码', '休假与AB岗', '新增规则版本'])
      expect(text).toContain(step);
    expect(text).toContain('招商办管理员（演示）');
    await audit.locator('[data-action="verify"]').click();
    await audit.getByText(/链完整：已校验 \d+ 条记录/).waitFor();
    await shots('audit', audit);

    const settings = await open(`${ADMIN}/settings/index`);
    const visits = settings.locator('[data-form="visits"]');
    await field(visits, 'capacityPerSlot').fill('0');
    await visits.locator('[data-action="save-visits"]').click();
    await visits.getByText('每时段接待组数不能小于 1').waitFor();
    const templates = settings.locator('[data-form="subscribe"]');
    await field(templates, 'visit_result').fill('x');
    await templates.locator('[data-action="save-templates"]').click();
    await templates.getByText(/模板编号格式不正确/).waitFor();
    await shots('settings', settings);
  });
});
