import { join } from 'node:path';
import { useBrowserStack } from './browser-stack';
import { actAs, openRoute } from './personas';
import { validTicket } from '../support/ticket-fixture';
import { callAs } from './scene-api';
import { axeViolations, describeViolations, overflowing, smallTouchTargets } from './axe';

const SHOTS = join(__dirname, '..', '..', 'screenshots', 'a11y');
/** The root font at 375 px is 20 px (Taro's rem); WeChat's largest font size (关怀模式) is about 1.4×. */
const LARGE_ROOT_FONT_PX = 28;

const app = useBrowserStack({
  clockStart: '2026-12-02T10:00:00+08:00',
  shotsDir: SHOTS,
  // Lists with something in them: a filed request, so cards and their deadlines are checked too.
  setUp: async ({ baseUrl }) => {
    await callAs(baseUrl, 'enterprise', 'tickets.create', validTicket());
  },
});

/** The demo personas, as the 体验身份 page names them. */
const AS: Record<'investor' | 'enterprise' | 'staff' | 'leader' | 'admin', [string, string]> = {
  investor: ['investor', '李客商（演示）'],
  enterprise: ['enterprise', '王经理（演示）'],
  staff: ['staff', '张专员（演示）'],
  leader: ['leader', '赵主任（演示）'],
  admin: ['admin', '招商办管理员（演示）'],
};

/** The main page of every role, with the text that says it has loaded its data. */
const MAIN_PAGES: { persona: [string, string] | null; route: string; ready: string }[] = [
  { persona: null, route: '/pages/home/index', ready: '九大专业园区' },
  { persona: null, route: '/pages/parks/index', ready: '京德智造产业园' },
  { persona: null, route: '/pages/park-detail/index?id=jingde-smart', ready: '京德智造产业园' },
  { persona: null, route: '/pages/articles/index', ready: '招商动态' },
  { persona: null, route: '/pages/services/index', ready: '帮办代办' },
  { persona: null, route: '/pages/mine/index', ready: '体验身份' },
  { persona: AS.investor, route: '/subpackages/account/pages/demo-identity/index', ready: '退出体验身份' },
  { persona: AS.investor, route: '/pages/visit-book/index?parkId=jingde-smart', ready: '提交预约' },
  { persona: AS.investor, route: '/pages/my-visits/index', ready: '预约' },
  { persona: AS.enterprise, route: '/pages/ticket-new/index?categoryId=environmental-impact', ready: '提交申请' },
  { persona: AS.enterprise, route: '/pages/my-tickets/index', ready: '服务' },
  { persona: AS.staff, route: '/subpackages/staff/pages/tickets/inbox/index', ready: '我的' },
  { persona: AS.staff, route: '/subpackages/staff/pages/visits/index', ready: '接待' },
  { persona: AS.leader, route: '/subpackages/staff/pages/oversight/index', ready: '督办' },
  { persona: AS.admin, route: '/subpackages/staff/pages/oversight/index', ready: '督办' },
  // The leader's and the office's own pages, at phone width too (WeChat on a phone).
  { persona: AS.leader, route: '/subpackages/dashboard/pages/overview/index', ready: '项目（共' },
  { persona: AS.leader, route: '/subpackages/projects/pages/list/index', ready: '德知航创' },
  {
    persona: AS.leader,
    route: '/subpackages/projects/pages/screening/index?kind=project&id=5g-charging',
    ready: '检查表',
  },
  { persona: AS.admin, route: '/subpackages/admin/pages/home/index', ready: '服务事项' },
  { persona: AS.admin, route: '/subpackages/evaluation/pages/office/index', ready: '开启新一轮评议' },
];

const shotName = (route: string, persona: string) =>
  `${persona}-${route.replace(/^\/|\/index.*$/g, '').replace(/\//g, '-')}`;

describe('the main page of every role at 375×812: axe, touch targets, and the largest font', () => {
  const figures: string[] = [];
  afterAll(() => console.log(`axe serious/critical per page:\n${figures.join('\n')}`));

  it.each(MAIN_PAGES.map((p) => [`${p.persona?.[0] ?? 'visitor'} ${p.route}`, p] as const))('%s', async (_n, p) => {
    const persona = p.persona?.[0] ?? 'visitor';
    if (p.persona) await actAs(app.page, app.baseUrl, p.persona[0], p.persona[1]);
    const scope = await openRoute(app.page, app.baseUrl, p.route);
    await scope.getByText(p.ready).first().waitFor();
    await app.page.waitForTimeout(300);
    await app.page.screenshot({ path: join(SHOTS, `${shotName(p.route, persona)}.png`) });
    const violations = await axeViolations(app.page);
    figures.push(`${p.route} (${persona}): ${violations.length} — ${describeViolations(violations)}`);
    expect(describeViolations(violations)).toBe('');
    expect(await smallTouchTargets(app.page)).toEqual([]);

    // 关怀模式: the root font enlarged, nothing may run off the screen or be cut.
    await app.page.evaluate((px) => (document.documentElement.style.fontSize = `${px}px`), LARGE_ROOT_FONT_PX);
    await app.page.waitForTimeout(200);
    await app.page.screenshot({ path: join(SHOTS, `${shotName(p.route, persona)}-large.png`) });
    expect(await overflowing(app.page)).toEqual([]);
  });
});

describe('from a keyboard', () => {
  it("reaches a Button (Taro's is a bare custom element in H5) and presses it with Enter", async () => {
    await actAs(app.page, app.baseUrl, ...AS.admin);
    const scope = await openRoute(app.page, app.baseUrl, '/subpackages/evaluation/pages/office/index');
    const open = scope.getByRole('button', { name: '开启新一轮评议' });
    await open.focus();
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await scope.locator('[data-form="round"]').waitFor();
  });
});
