import type { Project } from '@core/projects';
import type { RoutingRules, ServiceCategory } from './service-category';
import type { StaffMember, Team, TeamKind } from '@core/identity';
import { pickAssignee, toCandidate } from '@core/routing';

/** What routing may look up; loaded from the store by load-routing-directory, or built in memory by tests and the bench. */
export interface RoutingDirectory {
  teamById(id: string): Team | undefined;
  receptionTeamOf(parkId: string): Team | undefined;
  /** The zone's first duty desk. */
  dutyDesk(): Team | undefined;
  staffById(userId: string): StaffMember | undefined;
  /** Open tickets the person holds now. */
  openLoad(userId: string): number;
}

export interface TicketRoutingRequest {
  category: Pick<ServiceCategory, 'skill' | 'deskTeamId'>;
  /** The routing of the category's rule version the ticket was filed under. */
  rules: RoutingRules;
  project: Pick<Project, 'name' | 'teamId' | 'leaderUserId' | 'parkId'> | null;
  /** The project's park, or the park the enterprise named. */
  parkId: string | null;
  /** On a transfer, the person handing it on is not a candidate. */
  excludeUserIds?: readonly string[];
}

export interface TicketRouting {
  assignee: StaffMember | null;
  teamId: string | null;
  /** Every team tried, in order, up to the one that took it: all of them may see the ticket. */
  teamIds: string[];
  leaderUserId: string | null;
  /** Chinese, for the timeline: which team, and why this person. */
  reason: string;
}

const teamOfStep = (step: TeamKind, req: TicketRoutingRequest, dir: RoutingDirectory): Team | undefined => {
  switch (step) {
    case 'project':
      return req.project?.teamId ? dir.teamById(req.project.teamId) : undefined;
    case 'park_reception':
      return req.parkId ? dir.receptionTeamOf(req.parkId) : undefined;
    case 'category_desk':
      return dir.teamById(req.category.deskTeamId);
    case 'duty_desk':
      return (req.rules.fallbackTeamId ? dir.teamById(req.rules.fallbackTeamId) : undefined) ?? dir.dutyDesk();
  }
};

/**
 * The fallback chain (C4) the rules name, in their order — by default project team → park team →
 * category desk → duty desk — without repeats.
 */
const chainOf = (req: TicketRoutingRequest, dir: RoutingDirectory): Team[] => {
  const chain = req.rules.steps.map((step) => teamOfStep(step, req, dir)).filter((t): t is Team => t !== undefined);
  return chain.filter((t, i) => chain.findIndex((o) => o.id === t.id) === i);
};

const pickInTeam = (team: Team, req: TicketRoutingRequest, dir: RoutingDirectory) => {
  const excluded = new Set(req.excludeUserIds ?? []);
  const people = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const s = excluded.has(id) ? undefined : dir.staffById(id);
      return s ? [toCandidate(s, dir.openLoad(s.userId))] : [];
    });
  const members = people(team.memberIds);
  const backupIds = members.flatMap((m) => (m.backupId && !team.memberIds.includes(m.backupId) ? [m.backupId] : []));
  return pickAssignee(members, { loadLabel: '在办工单', skill: req.category.skill, backups: people(backupIds) });
};

/** Deterministic: the same directory and request always give the same person and the same reason. */
export const routeTicket = (req: TicketRoutingRequest, dir: RoutingDirectory): TicketRouting => {
  const chain = chainOf(req, dir);
  const parkTeam = req.parkId ? dir.receptionTeamOf(req.parkId) : undefined;
  const leaderFor = (team: Team | undefined) =>
    req.project?.leaderUserId ?? parkTeam?.leaderUserId ?? team?.leaderUserId ?? null;
  const skipped: string[] = [];
  const tried: string[] = [];
  for (const team of chain) {
    tried.push(team.id);
    const choice = pickInTeam(team, req, dir);
    const assignee = choice ? dir.staffById(choice.assignee.id) : undefined;
    if (choice && assignee) {
      return {
        assignee,
        teamId: team.id,
        teamIds: [team.id, ...tried.filter((id) => id !== team.id)],
        leaderUserId: leaderFor(team),
        reason: [...skipped, `由${team.name}办理，${choice.reason}`].join('；'),
      };
    }
    skipped.push(`${team.name}暂无可分派人员`);
  }
  const last = chain[chain.length - 1];
  return {
    assignee: null,
    teamId: null,
    teamIds: tried,
    leaderUserId: leaderFor(last),
    reason: [...skipped, '暂无可分派人员，待负责领导指派'].join('；'),
  };
};
