/** Ticket figures for `npm run bench`: the routing decision alone, and create-ticket at 100 000 tickets. */
import type { StaffMember, Team } from '@core/identity/staff';
import { OPEN_TICKET_STATUSES, TICKET_STATUSES } from '@core/tickets/ticket';
import type { DocStore } from '@core/kernel/store';
import { memoryRoutingDirectory } from '@core/tickets/memory-routing-directory';
import { routeTicket } from '@core/tickets/route-ticket';
import { DEFAULT_ROUTING } from '@core/tickets/service-rules';
import { benchTicketDoc } from './bench-ticket';
import { measure, type Figures } from './measure';

const TEAM_COUNT = 50;
const PER_TEAM = 10;

/** 500 staff in 50 teams, a fifth on leave with a backup in the next team; loads spread deterministically. */
const bigZone = () => {
  const staff: StaffMember[] = [];
  const teams: Team[] = [];
  for (let t = 0; t < TEAM_COUNT; t += 1) {
    const memberIds: string[] = [];
    for (let m = 0; m < PER_TEAM; m += 1) {
      const id = `s-${t}-${m}`;
      memberIds.push(id);
      staff.push({
        id,
        version: 1,
        userId: id,
        name: `专员${t}-${m}`,
        title: '专员',
        skills: m % 3 === 0 ? ['环评', '能评'] : ['企业开办'],
        isActive: true,
        isOnLeave: m % 5 === 0,
        backupUserId: `s-${(t + 1) % TEAM_COUNT}-${m}`,
        lastAssignedAt: (t * PER_TEAM + m) * 7919,
      });
    }
    const kind: Team['kind'] = t === 0 ? 'duty_desk' : t < 5 ? 'category_desk' : t < 14 ? 'park_reception' : 'project';
    teams.push({
      id: `t-${t}`,
      version: 1,
      name: `团队${t}`,
      kind,
      parkId: kind === 'park_reception' ? `park-${t}` : null,
      leaderUserId: `s-${t}-1`,
      memberIds,
    });
  }
  const loads = new Map(staff.map((s, i) => [s.userId, (i * 31) % 17]));
  return { staff, teams, loads };
};

export const routingFigures = async (): Promise<Figures[]> => {
  const { staff, teams, loads } = bigZone();
  const dir = memoryRoutingDirectory(teams, staff, loads);
  const project = (t: number) => ({
    name: '项目',
    teamId: `t-${t}`,
    leaderUserId: `s-${t}-1`,
    parkId: `park-${5 + (t % 9)}`,
  });
  const typical = await measure('routeTicket, 500 staff / 50 teams', 50_000, 1, async (i) => {
    routeTicket(
      {
        category: { skill: '环评', deskTeamId: 't-1' },
        rules: DEFAULT_ROUTING,
        project: project(14 + (i % 36)),
        parkId: `park-${5 + (i % 9)}`,
      },
      dir,
    );
  });
  // Worst case: nobody at work in the project, park and desk teams, so the chain runs to the duty desk.
  const away = staff.map((s) => (/^s-(14|5|1)-/.test(s.id) ? { ...s, isOnLeave: true, backupUserId: null } : s));
  const awayDir = memoryRoutingDirectory(teams, away, loads);
  const fallback = await measure('routeTicket, fallback to duty desk', 50_000, 1, async () => {
    routeTicket(
      {
        category: { skill: '环评', deskTeamId: 't-1' },
        rules: DEFAULT_ROUTING,
        project: project(14),
        parkId: 'park-5',
      },
      awayDir,
    );
  });
  return [typical, fallback];
};

/** Existing tickets written straight through the store, in transactions of 1000. */
export const seedTickets = async (store: DocStore, count: number, now: number): Promise<void> => {
  const assignees = ['u-demo-staff', 'u-staff-chen', 'u-staff-feng', 'u-staff-wu', 'u-staff-he', 'u-staff-ma'];
  for (let start = 0; start < count; start += 1000) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + 1000); i += 1) {
        const assigneeUserId = assignees[i % assignees.length] ?? null;
        // Most old tickets are done; about one in twenty is still open and counts as load.
        const status =
          i % 20 === 0 ? (OPEN_TICKET_STATUSES[i % 5] ?? 'assigned') : (TICKET_STATUSES[5 + (i % 2)] ?? 'closed');
        await tx.insert(
          'tickets',
          benchTicketDoc(
            i,
            {
              ...{ id: `bench-${i}`, status, assigneeUserId, leaderUserId: 'u-leader-qian' },
              ...{ teamId: 'svc-desk-environment', createdAt: now - (count - i) * 60_000 },
            },
            // Not a scheduler scenario: no clock falls due here.
            { categoryName: '环评', updatedAt: now },
          ),
        );
      }
    });
  }
};
