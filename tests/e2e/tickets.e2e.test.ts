import { join } from 'node:path';
import { useBrowserStack } from './browser-stack';
import { onPage } from './phone-page';

let ticketId = '';
const SHOTS = join(__dirname, '..', '..', 'screenshots', 'tickets');

// A Wednesday morning inside business hours: the ticket's clocks start running at once.
const app = useBrowserStack({ clockStart: '2026-12-02T10:00:00+08:00', shotsDir: SHOTS });

const open = async (route: string) => {
  await app.page.goto(`${app.baseUrl}/#${route}`);
  await app.page.reload();
  return onPage(app.page, route.split('?')[0] ?? route);
};
const shot = (name: string) => app.page.screenshot({ path: join(SHOTS, `${name}.png`) });
const textOf = async (route: string) => (await onPage(app.page, route).innerText()).replace(/\s+/g, ' ');

const actAs = async (persona: 'enterprise' | 'staff', name: string) => {
  const demo = await open('/subpackages/account/pages/demo-identity/index');
  await demo.locator(`[data-persona="${persona}"]`).click();
  await demo.getByText(`当前：${name}`).waitFor();
};

/** A real 1×1 PNG: the browser decodes what the picker hands over, and the server sniffs it. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const STAFF_DETAIL = '/subpackages/staff/pages/tickets/detail/index';
const ENTERPRISE_DETAIL = '/pages/ticket-detail/index';

describe('a 环评 request from the enterprise to the routed staff member and back', () => {
  it('the enterprise reads the 环评 material list on 服务 and files a request for its project', async () => {
    await actAs('enterprise', '王经理（演示）');
    const services = await open('/pages/services/index');
    const card = services.locator('[data-category-id="environmental-impact"]');
    await card.getByText('材料清单').click();
    await card.getByText('环境影响报告书（表）或登记表').waitFor();
    await shot('services');
    await card.getByText('发起申请').click();

    const form = onPage(app.page, '/pages/ticket-new/index');
    await form.getByText('北京德知航创科技有限公司入驻项目').waitFor();
    await form.locator('[data-field="creditCode"] input').fill('91350100M000100Y43');
    await form.locator('[data-field="contactName"] input').fill('王经理');
    await form.locator('[data-field="contactPhone"] input').fill('1380013800');
    await form.locator('[data-field="description"] textarea').fill('一期定制厂房投产前需办理环评审批，请协助。');
    await form.getByText('提交申请').click();
    // A short phone number is refused next to its field, and nothing is sent until it is right.
    await form.getByText('请输入11位中国大陆手机号').waitFor();
    await form.getByText('请阅读并同意个人信息收集与使用说明').waitFor();
    await shot('ticket-new-errors');
    await form.locator('[data-field="contactPhone"] input').fill('13800138002');
    await form.locator('.form__consent').click();
    await form.getByText('提交申请').click();

    const detail = onPage(app.page, ENTERPRISE_DETAIL);
    await detail.getByText('已分派专人办理：张专员（演示）（招商服务专员）').waitFor();
    ticketId = new URL(app.page.url().replace('#', '')).searchParams.get('id') ?? '';
    expect(ticketId).not.toBe('');
    const text = await textOf(ENTERPRISE_DETAIL);
    expect(text).toContain('待受理');
    expect(text).toContain('赵主任（演示）');
    expect(text).not.toContain('AB岗');
    await shot('ticket-detail-submitted');
  });

  it('the routed staff member accepts it from 我的待办 and asks for materials', async () => {
    await actAs('staff', '张专员（演示）');
    const inbox = await open('/subpackages/staff/pages/tickets/inbox/index');
    await inbox.getByText('我的待办（1）').waitFor();
    await shot('staff-inbox');
    await inbox.locator(`[data-ticket-id="${ticketId}"]`).click();
    const detail = onPage(app.page, STAFF_DETAIL);
    await detail.getByText('刘专员（演示）休假', { exact: false }).waitFor();
    await detail.getByText('受理', { exact: true }).click();
    await detail.getByText('已受理', { exact: true }).waitFor();
    await detail.locator('[data-mode="requestMaterials"]').click();
    await detail.locator('textarea').fill('环境影响报告表（盖章版）\n项目备案证明');
    await detail.getByText('通知企业补充').click();
    await detail.getByText('待补充材料', { exact: true }).waitFor();
    await shot('staff-detail');
  });

  it('the enterprise sees what is asked and uploads a file', async () => {
    await actAs('enterprise', '王经理（演示）');
    const mine = await open('/pages/my-tickets/index');
    await mine.locator(`[data-ticket-id="${ticketId}"]`).getByText('待补充材料').waitFor();
    await shot('my-tickets');
    await mine.locator(`[data-ticket-id="${ticketId}"]`).click();
    const detail = onPage(app.page, ENTERPRISE_DETAIL);
    await detail.getByText('2. 项目备案证明').waitFor();
    const chooser = app.page.waitForEvent('filechooser');
    await detail.getByText('添加图片').click();
    await (
      await chooser
    ).setFiles({
      name: '环评报告表.png',
      mimeType: 'image/png',
      buffer: ONE_PIXEL_PNG,
    });
    await detail.getByText('移除 环评报告表.png').waitFor();
    await detail.getByText('提交补充材料').click();
    await detail.getByText('办理中', { exact: true }).waitFor();
    expect(await textOf(ENTERPRISE_DETAIL)).toContain('环评报告表.png');
    await shot('ticket-detail-supplemented');
  });

  it('staff resolve it with a summary, and the enterprise sees 已解决 with it', async () => {
    await actAs('staff', '张专员（演示）');
    const staff = await open(`${STAFF_DETAIL}?id=${ticketId}`);
    await staff
      .getByText('企业已补充', { exact: false })
      .or(staff.getByText('补充材料', { exact: false }))
      .first()
      .waitFor();
    // Handing over offers the ticket's team, or re-routing when nobody is named.
    await staff.locator('[data-mode="transfer"]').click();
    await staff.getByText('不指定，重新分派').waitFor();
    await shot('staff-detail-transfer');
    await staff.locator('[data-mode="resolve"]').click();
    await staff.locator('textarea').fill('环评批复已取得，批复文件已上传至园区档案');
    await staff.getByText('确认办结').click();
    await staff.getByText('已解决', { exact: true }).waitFor();

    await actAs('enterprise', '王经理（演示）');
    const detail = await open(`${ENTERPRISE_DETAIL}?id=${ticketId}`);
    await detail.getByText('已解决', { exact: true }).waitFor();
    const text = await textOf(ENTERPRISE_DETAIL);
    expect(text).toContain('办理结果');
    expect(text).toContain('环评批复已取得，批复文件已上传至园区档案');
    await shot('ticket-detail-resolved');
  });
});
