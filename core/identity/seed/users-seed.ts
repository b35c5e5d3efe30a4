import type { User } from '@core/kernel/caller';

/** The demo personas of the local stack (体验身份). Their openids exist only in demo data. */
export const DEMO_PERSONAS = ['investor', 'enterprise', 'staff', 'leader', 'admin'] as const;
export type DemoPersona = (typeof DEMO_PERSONAS)[number];

export const demoOpenid = (persona: DemoPersona): string => `demo-${persona}`;

export const usersSeed = (seededAt: number): User[] => [
  {
    id: 'u-demo-investor',
    version: 1,
    openid: demoOpenid('investor'),
    name: '李客商（演示）',
    roles: ['investor'],
    organisation: '演示投资有限公司',
    phone: '13800138001',
    createdAt: seededAt,
  },
  {
    id: 'u-demo-enterprise',
    version: 1,
    openid: demoOpenid('enterprise'),
    name: '王经理（演示）',
    roles: ['enterprise'],
    organisation: '北京德知航创科技有限公司',
    phone: '13800138002',
    createdAt: seededAt,
  },
  {
    id: 'u-demo-staff',
    version: 1,
    openid: demoOpenid('staff'),
    name: '张专员（演示）',
    roles: ['staff'],
    organisation: '京德智造产业园服务专班',
    phone: '13800138003',
    createdAt: seededAt,
  },
  {
    id: 'u-demo-leader',
    version: 1,
    openid: demoOpenid('leader'),
    name: '赵主任（演示）',
    roles: ['leader', 'staff'],
    organisation: '京德智造产业园',
    phone: '13800138004',
    createdAt: seededAt,
  },
  {
    id: 'u-demo-admin',
    version: 1,
    openid: demoOpenid('admin'),
    name: '招商办管理员（演示）',
    roles: ['admin'],
    organisation: '开发区招商服务办公室',
    phone: '13800138005',
    createdAt: seededAt,
  },
];
