import { dataOf, errorOf } from '@tests/support/dispatch-kit';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const ISSUE_CATEGORIES = [
  '企业开办',
  '项目备案（立项）',
  '用地与不动产登记',
  '规划许可',
  '施工许可',
  '环评',
  '能评',
  '安评与消防',
  '水电气暖报装',
  '政策兑现与补贴申报',
  '用工与人才',
  '零距离上门服务',
  '施工保障',
];

describe('tickets.catalog', () => {
  it('lists every category of the issue in order, to anyone, with materials and targets marked as defaults', async () => {
    const page = dataOf(await kit.send(null, 'tickets.catalog', { limit: 100 }));
    expect(page.items.map((c) => c.name)).toEqual(ISSUE_CATEGORIES);
    expect(page.next).toBeNull();
    for (const c of page.items) {
      expect(c.materials.length).toBeGreaterThan(0);
      expect(c.targets.isDefaultPendingZone).toBe(true);
      expect(c).not.toHaveProperty('deskTeamId');
    }
    expect(page.items.filter((c) => c.isOnSite).map((c) => c.name)).toEqual(['零距离上门服务']);
  });

  it('pages with a cursor and refuses a bad page size', async () => {
    const first = dataOf(await kit.send(null, 'tickets.catalog', { limit: 5 }));
    const second = dataOf(await kit.send(null, 'tickets.catalog', { limit: 100, cursor: first.next }));
    expect([...first.items, ...second.items].map((c) => c.name)).toEqual(ISSUE_CATEGORIES);
    expect(errorOf(await kit.send(null, 'tickets.catalog', { limit: 0 }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'limit',
    });
  });
});
