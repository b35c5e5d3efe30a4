import type { TicketHandler } from '../ticket-actions';
import type { TicketInboxTab } from '../ticket-fields';
import type { Ticket, TicketEventKind } from '../ticket';
import { conflict, forbidden } from '@core/kernel/errors';
import { inboxFilters, ticketRepo } from '../ticket-repo';
import { serviceCatalogRepo } from '../service-catalog-repo';
import { rulesOfTicket } from '../service-rules';
import { staffRepo } from '@core/identity';
import type { Filter } from '@core/kernel/store/doc-store';
import { changeTicket } from '../change-ticket';
import { loadCallerTeams, requireTicketActors } from '../ticket-access';
import {
  acceptedMessages,
  handedOverMessages,
  materialsRequestedMessages,
  repliedMessages,
  resolvedMessages,
} from '../ticket-messages';
import { markAssigned } from '@core/identity';
import { requireColleague, staffMember, toTicketPerson } from '../ticket-people';
import { loadRoutingDirectory } from '../load-routing-directory';
import { routeTicket } from '../route-ticket';
import { loadWorkingTime } from '@core/settings';
import { ticketSla } from '../deadlines/ticket-sla';
import { toTicketCard } from '../ticket-view';
import type { StaffMember, TeamKind } from '@core/identity';
import type { HandlerContext } from '@core/kernel/deps';

const CHAIN_ORDER: readonly TeamKind[] = ['project', 'park_reception', 'category_desk', 'duty_desk'];

export const inbox: TicketHandler<'tickets.inbox'> = async (input, { caller, deps }) => {
  const userId = caller.user?.id;
  if (!userId) throw forbidden();
  // The office (admin) oversees every team's open work; staff and leaders see the teams they are in.
  const isOffice = caller.roles.includes('admin');
  const repoOfStaff = staffRepo(deps.store);
  // In the routing chain's order, so the 团队 tab opens on the team tickets reach first.
  const teams = (isOffice ? await repoOfStaff.allTeams() : await repoOfStaff.teamsOf(userId))
    .sort((a, b) => CHAIN_ORDER.indexOf(a.kind) - CHAIN_ORDER.indexOf(b.kind))
    .map((t) => ({ id: t.id, name: t.name }));
  // The office opens on every team's open work; staff on the first team of their chain.
  const teamId = input.teamId ?? (isOffice ? null : (teams[0]?.id ?? null));
  if (input.teamId && !teams.some((t) => t.id === input.teamId)) throw forbidden('不是该团队成员');
  const isLeader = caller.roles.includes('leader');
  const filters: Record<TicketInboxTab, Filter | null> = {
    mine: inboxFilters.mine(userId),
    team: teamId ? inboxFilters.team(teamId) : isOffice ? inboxFilters.everyTeam() : null,
    resolved: inboxFilters.resolved(userId),
    led: isLeader ? inboxFilters.led(userId) : null,
  };
  const repo = ticketRepo(deps.store);
  const countOf = (f: Filter | null) => (f ? repo.count(f) : Promise.resolve(0));
  const [mine, team, resolved, led] = await Promise.all([
    countOf(filters.mine),
    countOf(filters.team),
    countOf(filters.resolved),
    countOf(filters.led),
  ]);
  const where = filters[input.tab];
  const page = where ? await repo.list(where, input) : { items: [], next: null };
  const time = await loadWorkingTime(deps.store);
  const now = deps.clock.now();
  return {
    tab: input.tab,
    counts: { mine, team, resolved, led },
    teams,
    teamId,
    items: page.items.map((t) => toTicketCard(t, ticketSla(t, time, now))),
    next: page.next,
  };
};

const me = async (ctx: HandlerContext): Promise<StaffMember> => {
  const userId = ctx.caller.user?.id;
  const s = userId ? await staffMember(ctx.deps.store, userId) : null;
  if (!s) throw forbidden('仅限服务专员操作');
  return s;
};

export const accept: TicketHandler<'tickets.accept'> = async ({ ticketId }, ctx) => {
  const self = await me(ctx);
  // AB岗: while someone is away their backup takes the work; an absent person cannot take it on.
  if (self.isOnLeave || !self.isActive) throw forbidden('您当前处于休假状态，不能受理；请由AB岗同事受理');
  return changeTicket(ctx, ticketId, 'accept', (ticket, actors, now) => ({
    patch: {
      assignee: toTicketPerson(self),
      assigneeUserId: self.userId,
      acceptedAt: now,
      respondedAt: ticket.respondedAt ?? now,
    },
    events: [
      {
        kind: 'accepted',
        text:
          actors.has('assignee') || !ticket.assignee
            ? `${self.name}已受理`
            : `${self.name}已受理（原分派给${ticket.assignee.name}）`,
      },
    ],
    messages: acceptedMessages,
  }));
};

/** Hands a ticket to someone new: the version seen when choosing them must still be current. */
const handOver = async (
  ctx: HandlerContext,
  seen: Ticket,
  change: 'transfer' | 'reassign',
  to: StaffMember,
  reason: string,
  routingReason: string | null,
  teamIds: string[],
) => {
  const kind: TicketEventKind = change === 'transfer' ? 'transferred' : 'reassigned';
  const verb = change === 'transfer' ? '转办' : '改派';
  return changeTicket(ctx, seen.id, change, (ticket) => {
    if (ticket.version !== seen.version) throw conflict();
    return {
      patch: { assignee: toTicketPerson(to), assigneeUserId: to.userId, acceptedAt: null, teamIds },
      events: [
        { kind, text: `${verb}给${to.name}（${to.title}）：${reason}` },
        ...(routingReason ? [{ kind: 'routed' as const, text: routingReason, isInternal: true }] : []),
      ],
      alsoInTx: (tx, updated) => markAssigned(tx, to.userId, updated.updatedAt),
      messages: (t) => handedOverMessages(t, reason),
    };
  });
};

const readSeen = async (ctx: HandlerContext, ticketId: string) =>
  requireTicketActors(
    await ticketRepo(ctx.deps.store).get(ticketId),
    ctx.caller,
    await loadCallerTeams(ctx.deps.store, ctx.caller),
  ).ticket;

export const transfer: TicketHandler<'tickets.transfer'> = async ({ ticketId, reason, toUserId }, ctx) => {
  const { store } = ctx.deps;
  const seen = await readSeen(ctx, ticketId);
  if (toUserId) {
    const to = await requireColleague(store, toUserId, seen.assigneeUserId);
    return handOver(ctx, seen, 'transfer', to, reason, null, seen.teamIds);
  }
  const category = await serviceCatalogRepo(store).get(seen.categoryId);
  const project = seen.projectId ? await ticketRepo(store).getProject(seen.projectId) : null;
  if (!category) throw conflict('服务事项已下线，请指定同事转办');
  const request = {
    category,
    rules: rulesOfTicket(category, seen).routing,
    project,
    parkId: seen.parkId,
    excludeUserIds: [seen.assigneeUserId, ctx.caller.user?.id].filter((id): id is string => !!id),
  };
  const routing = routeTicket(request, await loadRoutingDirectory(store, request));
  if (!routing.assignee) throw conflict('暂无其他可转办人员，请指定同事或联系负责领导');
  const teamIds = [...new Set([...routing.teamIds, ...seen.teamIds])];
  return handOver(ctx, seen, 'transfer', routing.assignee, reason, routing.reason, teamIds);
};

export const reassign: TicketHandler<'tickets.reassign'> = async ({ ticketId, reason, toUserId }, ctx) => {
  const seen = await readSeen(ctx, ticketId);
  const to = await requireColleague(ctx.deps.store, toUserId, seen.assigneeUserId);
  return handOver(ctx, seen, 'reassign', to, reason, null, seen.teamIds);
};

export const requestMaterials: TicketHandler<'tickets.requestMaterials'> = ({ ticketId, materials, text }, ctx) =>
  changeTicket(ctx, ticketId, 'requestMaterials', () => ({
    patch: { requestedMaterials: materials },
    events: [{ kind: 'materials_requested', text: `请补充材料：${materials.join('、')}${text ? `。${text}` : ''}` }],
    messages: materialsRequestedMessages,
  }));

export const note: TicketHandler<'tickets.note'> = ({ ticketId, text }, ctx) =>
  changeTicket(ctx, ticketId, 'note', () => ({ events: [{ kind: 'note', text, isInternal: true }] }));

export const reply: TicketHandler<'tickets.reply'> = ({ ticketId, text }, ctx) =>
  changeTicket(ctx, ticketId, 'reply', () => ({
    events: [{ kind: 'reply', text }],
    messages: repliedMessages,
  }));

export const resolve: TicketHandler<'tickets.resolve'> = ({ ticketId, summary }, ctx) =>
  changeTicket(ctx, ticketId, 'resolve', (_ticket, _actors, now) => ({
    patch: { resolutionSummary: summary, resolvedAt: now, requestedMaterials: [] },
    events: [{ kind: 'resolved', text: `办理完成：${summary}` }],
    messages: resolvedMessages,
  }));

/** Members of the ticket's teams, by name; paged by user id so a large desk still pages. */
export const colleagues: TicketHandler<'tickets.colleagues'> = async ({ ticketId, limit, cursor }, ctx) => {
  const ticket = await readSeen(ctx, ticketId);
  const teams = await staffRepo(ctx.deps.store).teamsByIds(ticket.teamIds);
  const ids = [...new Set(teams.flatMap((t) => t.memberIds))].sort().filter((id) => !cursor || id > cursor);
  const people = await staffRepo(ctx.deps.store).staffByIds(ids.slice(0, limit));
  const items = people
    .filter((s) => s.isActive)
    .sort((a, b) => (a.userId < b.userId ? -1 : 1))
    .map((s) => ({ userId: s.userId, name: s.name, title: s.title, isOnLeave: s.isOnLeave }));
  return { items, next: ids.length > limit ? (ids[limit - 1] ?? null) : null };
};
