import type { StaffMember, Team } from '../staff';
import type { User } from '@core/kernel/caller';
import { PARKS_SEED } from '@core/catalog';

/**
 * Demo service staff and the park reception teams (体验数据, local stack only). The article names no
 * staff: these are invented people, marked （演示） like the personas. 张专员 and 赵主任 are the demo
 * staff and leader personas of users-seed.
 */
const staffUser = (id: string, name: string, organisation: string, roles: User['roles'], seededAt: number): User => ({
  id,
  version: 1,
  openid: `seed-${id}`,
  name,
  roles,
  organisation,
  phone: null,
  createdAt: seededAt,
});

export const staffUsersSeed = (seededAt: number): User[] => [
  staffUser('u-staff-liu', '刘专员（演示）', '京德智造产业园服务专班', ['staff'], seededAt),
  staffUser('u-staff-chen', '陈专员（演示）', '新材料产业园服务专班', ['staff'], seededAt),
  staffUser('u-staff-sun', '孙专员（演示）', '开发区招商服务中心', ['staff'], seededAt),
  staffUser('u-staff-zhou', '周专员（演示）', '开发区招商服务中心', ['staff'], seededAt),
  staffUser('u-leader-qian', '钱主任（演示）', '开发区招商服务中心', ['leader', 'staff'], seededAt),
];

const member = (userId: string, name: string, title: string, over: Partial<StaffMember> = {}): StaffMember => ({
  id: userId,
  version: 1,
  userId,
  name,
  title,
  skills: [],
  isActive: true,
  isOnLeave: false,
  backupUserId: null,
  lastAssignedAt: null,
  ...over,
});

export const STAFF_SEED: StaffMember[] = [
  member('u-demo-staff', '张专员（演示）', '招商服务专员', {
    skills: ['考察接待', '厂房定制', '环评', '零距离上门服务', '施工保障'],
  }),
  member('u-staff-liu', '刘专员（演示）', '招商服务专员', {
    skills: ['考察接待'],
    isOnLeave: true,
    backupUserId: 'u-demo-staff',
  }),
  member('u-demo-leader', '赵主任（演示）', '京德智造产业园主任'),
  member('u-staff-chen', '陈专员（演示）', '招商服务专员', { skills: ['考察接待', '环评'] }),
  member('u-staff-sun', '孙专员（演示）', '招商服务专员', { skills: ['考察接待'], backupUserId: 'u-staff-zhou' }),
  member('u-staff-zhou', '周专员（演示）', '招商服务专员', { skills: ['考察接待'], backupUserId: 'u-staff-sun' }),
  member('u-leader-qian', '钱主任（演示）', '招商服务中心主任'),
];

const receptionTeam = (parkId: string, parkName: string, leaderUserId: string, memberIds: string[]): Team => ({
  id: `reception-${parkId}`,
  version: 1,
  name: `${parkName}接待组`,
  kind: 'park_reception',
  parkId,
  leaderUserId,
  memberIds,
});

/** Each park has a reception team; 京德智造 and 新材料 have their own people, the rest share the centre's. */
export const TEAMS_SEED: Team[] = PARKS_SEED.map((park) => {
  if (park.id === 'jingde-smart')
    return receptionTeam(park.id, park.name, 'u-demo-leader', ['u-demo-staff', 'u-staff-liu']);
  if (park.id === 'new-materials')
    return receptionTeam(park.id, park.name, 'u-leader-qian', ['u-staff-chen', 'u-staff-sun']);
  return receptionTeam(park.id, park.name, 'u-leader-qian', ['u-staff-zhou', 'u-staff-sun']);
});
