import { PARKS_SEED } from '@core/catalog';
import { STAFF_SEED, staffUsersSeed, TEAMS_SEED } from './staff-seed';
import { usersSeed } from './users-seed';

const users = [...usersSeed(0), ...staffUsersSeed(0)];
const userIds = new Set(users.map((u) => u.id));
const staffIds = new Set(STAFF_SEED.map((s) => s.id));

describe('demo staff and teams', () => {
  it('gives every park exactly one reception team', () => {
    for (const park of PARKS_SEED) {
      expect(TEAMS_SEED.filter((t) => t.kind === 'park_reception' && t.parkId === park.id)).toHaveLength(1);
    }
  });

  it('names only known staff as members, leaders and backups, all of them with a staff role', () => {
    const named = [
      ...TEAMS_SEED.flatMap((t) => [...t.memberIds, t.leaderUserId]),
      ...STAFF_SEED.flatMap((s) => (s.backupUserId ? [s.backupUserId] : [])),
    ];
    for (const id of named) {
      expect(staffIds.has(id)).toBe(true);
      expect(userIds.has(id)).toBe(true);
      expect(users.find((u) => u.id === id)?.roles).toContain('staff');
    }
    for (const s of STAFF_SEED) expect(s.userId).toBe(s.id);
  });

  it('puts the staff persona in 京德智造产业园 led by the leader persona, with an on-leave colleague they cover', () => {
    const jingde = TEAMS_SEED.find((t) => t.parkId === 'jingde-smart');
    expect(jingde).toMatchObject({ leaderUserId: 'u-demo-leader', name: '京德智造产业园接待组' });
    expect(jingde?.memberIds).toContain('u-demo-staff');
    const onLeave = STAFF_SEED.filter((s) => s.isOnLeave);
    expect(onLeave).toEqual([expect.objectContaining({ id: 'u-staff-liu', backupUserId: 'u-demo-staff' })]);
    expect(jingde?.memberIds).toContain('u-staff-liu');
  });
});
