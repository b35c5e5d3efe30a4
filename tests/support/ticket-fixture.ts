import type { ActionInput } from '@core/app/contract/actions';
import type { User } from '@core/kernel/caller';
import type { TestStack } from './temp-sqlite-store';

/** A valid 环评 request of the enterprise persona for its 京德智造 project. */
export const validTicket = (over: Partial<ActionInput<'tickets.create'>> = {}): ActionInput<'tickets.create'> => ({
  categoryId: 'environmental-impact',
  projectId: 'dezhi-hangchuang',
  enterpriseName: '北京德知航创科技有限公司',
  creditCode: '91350100M000100Y43',
  contactName: '王经理',
  contactPhone: '13800138002',
  description: '一期定制厂房投产前需办理环评审批，请协助。',
  attachments: [],
  privacyConsent: true,
  ...over,
});

export const pdf = (fileId: string, over: Record<string, unknown> = {}) => ({
  fileId,
  name: '环评报告表.pdf',
  size: 2048,
  type: 'application/pdf' as const,
  ...over,
});

/** Another enterprise, to prove nobody sees another's tickets. */
export const addUser = async (stack: TestStack, id: string, roles: User['roles']): Promise<{ openid: string }> => {
  await stack.store.insert('users', {
    id,
    version: 1,
    openid: `openid-${id}`,
    name: `${id}（测试）`,
    roles,
    organisation: null,
    phone: null,
    createdAt: 0,
  });
  return { openid: `openid-${id}` };
};

/** Seeded staff sign in with `seed-<userId>`. */
export const seededStaff = (userId: string) => ({ openid: `seed-${userId}` });
