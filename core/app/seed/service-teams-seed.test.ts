import { SERVICE_CATALOG_SEED } from '@core/tickets';
import { PROJECTS_SEED, SERVICE_STAFF_SEED, serviceStaffUsersSeed, SERVICE_TEAMS_SEED } from './service-teams-seed';
import { STAFF_SEED, staffUsersSeed } from '@core/identity';
import { usersSeed } from '@core/identity';

const users = [...usersSeed(0), ...staffUsersSeed(0), ...serviceStaffUsersSeed(0)];
const staff = [...STAFF_SEED, ...SERVICE_STAFF_SEED];

describe('service desks, duty desk and projects', () => {
  it('gives every category a desk that exists, and exactly one duty desk', () => {
    const teamIds = new Set(SERVICE_TEAMS_SEED.map((t) => t.id));
    for (const c of SERVICE_CATALOG_SEED) expect(teamIds.has(c.deskTeamId)).toBe(true);
    expect(SERVICE_TEAMS_SEED.filter((t) => t.kind === 'duty_desk')).toHaveLength(1);
  });

  it('names only known staff as members, leaders and backups', () => {
    const named = [
      ...SERVICE_TEAMS_SEED.flatMap((t) => [...t.memberIds, t.leaderUserId]),
      ...staff.flatMap((s) => (s.backupUserId ? [s.backupUserId] : [])),
    ];
    for (const id of named) {
      expect(staff.some((s) => s.id === id)).toBe(true);
      expect(users.find((u) => u.id === id)?.roles).toContain('staff');
    }
  });

  it('seeds the article projects, each with one leader and one team, the persona owning the 德知航创 one', () => {
    expect(PROJECTS_SEED.map((p) => p.name)).toEqual([
      '北京德知航创科技有限公司入驻项目',
      '北京长城金点物联网科技股份有限公司入驻项目',
      '5G通讯基站智能充电桩项目',
      '新能源无线自组通信设备项目',
      '查打一体无人机项目',
      // Invented for the C6 demo, marked as such; its figures are the demo's own, not the article's.
      '精密传动部件智能制造项目（演示）',
    ]);
    for (const p of PROJECTS_SEED.filter((p) => p.investmentWan !== null)) expect(p.name).toContain('（演示）');
    for (const p of PROJECTS_SEED) {
      const team = SERVICE_TEAMS_SEED.find((t) => t.id === p.teamId);
      expect(team).toMatchObject({ kind: 'project', leaderUserId: p.leaderUserId });
      expect(team?.memberIds.length).toBeGreaterThan(0);
    }
    const owned = PROJECTS_SEED.filter((p) => p.ownerUserId === 'u-demo-enterprise');
    expect(owned).toEqual([
      expect.objectContaining({ enterpriseName: '北京德知航创科技有限公司', parkId: 'jingde-smart' }),
    ]);
    // The article gives only the three projects' total: no per-project figure is invented.
    for (const p of PROJECTS_SEED) expect(p.investmentNote ?? '').not.toMatch(/^\d/);
  });
});
