import type { Caller } from '@core/kernel/caller';
import type { Ticket } from './ticket';
import { notFound } from '@core/kernel/errors';
import { staffRepo } from '@core/identity';
import type { DocStore } from '@core/kernel/store/doc-store';
import type { TicketActor } from './ticket-transitions';

/** The caller's teams, loaded once per request: membership decides what staff see. */
export interface CallerTeams {
  memberOf: ReadonlySet<string>;
  leads: ReadonlySet<string>;
}

export const loadCallerTeams = async (store: DocStore, caller: Caller): Promise<CallerTeams> => {
  const userId = caller.user?.id;
  const isStaff = caller.roles.includes('staff') || caller.roles.includes('leader');
  if (!userId || !isStaff) return { memberOf: new Set(), leads: new Set() };
  const teams = await staffRepo(store).teamsOf(userId);
  return {
    memberOf: new Set(teams.filter((t) => t.memberIds.includes(userId)).map((t) => t.id)),
    leads: new Set(teams.filter((t) => t.leaderUserId === userId).map((t) => t.id)),
  };
};

/**
 * How the caller stands to this ticket: the enterprise that filed it; the assignee; a member of a
 * team it went through; its responsible leader or the leader of one of its teams. Pure, so it can
 * be recomputed inside a transaction on the fresh document.
 */
export const actorsOf = (ticket: Ticket, caller: Caller, teams: CallerTeams): Set<TicketActor> => {
  const actors = new Set<TicketActor>();
  const userId = caller.user?.id;
  if (!userId) return actors;
  if (ticket.ownerUserId === userId) actors.add('owner');
  if (caller.roles.includes('admin')) actors.add('office');
  const isStaff = caller.roles.includes('staff') || caller.roles.includes('leader');
  if (!isStaff) return actors;
  if (ticket.assigneeUserId === userId) actors.add('assignee');
  if (ticket.teamIds.some((id) => teams.memberOf.has(id))) actors.add('team');
  const leadsTeam = ticket.teamIds.some((id) => teams.leads.has(id));
  // A team's leader is part of the team (一套班子) and may take its work on.
  if (leadsTeam) actors.add('team');
  if (caller.roles.includes('leader') && (ticket.leaderUserId === userId || leadsTeam)) actors.add('leader');
  return actors;
};

const HIDDEN = '申请不存在或无权查看';

/** Anyone not involved gets NOT_FOUND: no hint that the ticket exists. */
export const requireTicketActors = (ticket: Ticket | null, caller: Caller, teams: CallerTeams) => {
  if (!ticket) throw notFound(HIDDEN);
  const actors = actorsOf(ticket, caller, teams);
  if (actors.size === 0) throw notFound(HIDDEN);
  return { ticket, actors };
};
