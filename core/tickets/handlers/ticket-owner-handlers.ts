import type { TicketHandler } from '../ticket-actions';
import { AppError, invalidInput } from '@core/kernel/errors';
import { ticketRepo } from '../ticket-repo';
import { changeTicket } from '../change-ticket';
import { loadCallerTeams, requireTicketActors } from '../ticket-access';
import { cancelledMessages, reopenedMessages, supplementedMessages } from '../ticket-messages';
import { loadWorkingTime } from '@core/settings';
import { ticketSla } from '../deadlines/ticket-sla';
import { ratingText, recordConfirmation } from '../confirm-effects';
import { toTicketCard, toTicketTimeline, toTicketView } from '../ticket-view';
import { markAttached, verifyAttachments } from '../verify-attachments';

/** All the files of one ticket, across submission and every supplement. */
const MAX_TICKET_FILES = 30;

export const myProjects: TicketHandler<'tickets.myProjects'> = async (page, { caller, deps }) => {
  if (!caller.user) return { items: [], next: null };
  const found = await ticketRepo(deps.store).projectsOf(caller.user.id, page);
  return {
    items: found.items.map(({ id, name, enterpriseName, parkId, stage }) => ({
      id,
      name,
      enterpriseName,
      parkId,
      stage,
    })),
    next: found.next,
  };
};

export const mine: TicketHandler<'tickets.mine'> = async (page, { caller, deps }) => {
  if (!caller.user) return { items: [], next: null };
  const found = await ticketRepo(deps.store).listByOwner(caller.user.id, page);
  const time = await loadWorkingTime(deps.store);
  const now = deps.clock.now();
  return { items: found.items.map((t) => toTicketCard(t, ticketSla(t, time, now))), next: found.next };
};

export const get: TicketHandler<'tickets.get'> = async ({ ticketId }, { caller, deps }) => {
  const repo = ticketRepo(deps.store);
  const teams = await loadCallerTeams(deps.store, caller);
  const { ticket, actors } = requireTicketActors(await repo.get(ticketId), caller, teams);
  const sla = ticketSla(ticket, await loadWorkingTime(deps.store), deps.clock.now());
  return toTicketView(ticket, actors, await repo.events(ticketId), sla);
};

export const timeline: TicketHandler<'tickets.timeline'> = async ({ ticketId, cursor }, { caller, deps }) => {
  const repo = ticketRepo(deps.store);
  const teams = await loadCallerTeams(deps.store, caller);
  const { actors } = requireTicketActors(await repo.get(ticketId), caller, teams);
  const page = await repo.events(ticketId, cursor);
  return { items: toTicketTimeline(page.items, actors), next: page.earlier };
};

export const cancel: TicketHandler<'tickets.cancel'> = ({ ticketId, reason }, ctx) =>
  changeTicket(ctx, ticketId, 'cancel', () => ({
    events: [{ kind: 'cancelled', text: `取消申请：${reason}` }],
    messages: cancelledMessages,
  }));

export const supplement: TicketHandler<'tickets.supplement'> = async ({ ticketId, text, attachments }, ctx) => {
  const userId = ctx.caller.user?.id;
  if (!userId) throw new AppError('UNAUTHENTICATED', '请先登录');
  const files = await verifyAttachments(ctx.deps.store, userId, attachments);
  return changeTicket(ctx, ticketId, 'supplement', (ticket) => {
    if (ticket.attachments.length + files.length > MAX_TICKET_FILES)
      throw invalidInput('attachments', `每项申请最多${MAX_TICKET_FILES}个附件`);
    return {
      patch: { attachments: [...ticket.attachments, ...files], requestedMaterials: [] },
      events: [
        {
          kind: 'supplemented',
          text: text ? `补充材料：${text}` : `补充材料${files.length}份`,
          attachments: files,
        },
      ],
      messages: supplementedMessages,
      alsoInTx: (tx) => markAttached(tx, files),
    };
  });
};

export const reopen: TicketHandler<'tickets.reopen'> = ({ ticketId, reason }, ctx) =>
  changeTicket(ctx, ticketId, 'reopen', () => ({
    patch: { resolvedAt: null },
    events: [{ kind: 'reopened', text: `重新打开：${reason}` }],
    messages: (t) => reopenedMessages(t, reason),
  }));

export const close: TicketHandler<'tickets.close'> = async ({ ticketId, rating, comment }, ctx) => {
  const time = await loadWorkingTime(ctx.deps.store);
  return changeTicket(ctx, ticketId, 'close', (_ticket, _actors, now) => {
    const given = { level: rating, comment, at: now };
    return {
      patch: { rating: given, confirmCheckAt: null },
      events: [{ kind: 'closed', text: `企业确认办结，${ratingText(given)}` }],
      alsoInTx: (tx, closed) => recordConfirmation(tx, ctx.deps.ids, closed, time, now),
    };
  });
};
