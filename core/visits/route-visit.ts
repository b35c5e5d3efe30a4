import type { StaffMember, Team } from '@core/identity';
import type { VisitHost } from './visit';
import { staffRepo } from '@core/identity';
import { visitRepo } from './visit-repo';
import { pickAssignee, toCandidate } from '@core/routing';
import type { DocStore } from '@core/kernel/store/doc-store';

export interface VisitRouting {
  /** The lead team first, then each other park's reception team. */
  teamIds: string[];
  host: VisitHost | null;
  reason: string;
  /** Leaders of every team told, so each park hears of the itinerary. */
  leaderUserIds: string[];
}

const hostOf = (s: StaffMember): VisitHost => ({ userId: s.userId, name: s.name, title: s.title });

/**
 * The team of the project someone already has with the zone, or null. Projects build on visits (a
 * visit becomes a lead), so visits cannot import them: core/app wires this to the projects repository.
 */
export type ProjectTeamLookup = (store: DocStore, ownerUserId: string) => Promise<string | null>;

/** The project team of someone who already has a project with the zone ("五个一": one team follows it through). */
const projectTeamOf = async (
  store: DocStore,
  ownerUserId: string | null,
  projectTeamIdOf: ProjectTeamLookup,
): Promise<Team | null> => {
  if (!ownerUserId) return null;
  const teamId = await projectTeamIdOf(store, ownerUserId);
  return teamId ? staffRepo(store).teamById(teamId) : null;
};

/**
 * Picks the lead host of an itinerary (C4): the booker's project team if they already have a project,
 * else the first park's reception team; within it active staff, on leave → their backup, fewest
 * upcoming visits, longest idle. With nobody available the team's leader hosts; with no team at all
 * the visit waits for the office. Every park's reception team is told either way.
 */
export const routeVisit = async (
  store: DocStore,
  parkIds: readonly string[],
  now: number,
  booker: { userId: string | null; projectTeamIdOf: ProjectTeamLookup },
): Promise<VisitRouting> => {
  const staff = staffRepo(store);
  const reception = (await Promise.all(parkIds.map((p) => staff.receptionTeamOf(p)))).filter((t): t is Team => !!t);
  const projectTeam = await projectTeamOf(store, booker.userId, booker.projectTeamIdOf);
  const teams = projectTeam ? [projectTeam, ...reception.filter((t) => t.id !== projectTeam.id)] : reception;
  const teamIds = [...new Set(teams.map((t) => t.id))];
  const leaderUserIds = [...new Set(teams.map((t) => t.leaderUserId))];
  const lead = teams[0];
  if (!lead) return { teamIds, leaderUserIds, host: null, reason: '园区尚未配置接待组，待招商办分派接待人员' };

  const members = await staff.staffByIds(lead.memberIds);
  const backupIds = members.flatMap((m) =>
    m.backupUserId && !lead.memberIds.includes(m.backupUserId) ? [m.backupUserId] : [],
  );
  const backups = await staff.staffByIds([...new Set(backupIds)]);
  const loadOf = async (s: StaffMember) => toCandidate(s, await visitRepo(store).upcomingHostedBy(s.userId, now));
  const choice = pickAssignee(await Promise.all(members.map(loadOf)), {
    loadLabel: '待接待考察',
    backups: await Promise.all(backups.map(loadOf)),
  });
  if (choice) {
    const chosen = [...members, ...backups].find((s) => s.userId === choice.assignee.id);
    if (chosen) return { teamIds, leaderUserIds, host: hostOf(chosen), reason: `${lead.name}：${choice.reason}` };
  }
  const [leader] = await staff.staffByIds([lead.leaderUserId]);
  if (leader)
    return {
      teamIds,
      leaderUserIds,
      host: hostOf(leader),
      reason: `${lead.name}暂无可分派专员，由负责人${leader.name}接待`,
    };
  return { teamIds, leaderUserIds, host: null, reason: `${lead.name}暂无可分派人员，待招商办分派接待人员` };
};
