import type { Ticket } from './ticket';
import { ticketIndexFields } from './ticket-index-fields';
import { notFound } from '@core/kernel/errors';
import type { HandlerContext } from '@core/kernel/deps';
import { sendInboxMessages, type InboxDraft } from '@core/messages';
import { ticketRepo } from './ticket-repo';
import type { DocPatch, TxStore } from '@core/kernel/store/doc-store';
import { actorsOf, loadCallerTeams, requireTicketActors } from './ticket-access';
import { appendTicketEvents, type TicketEventDraft } from './ticket-events';
import { assertTicketChange, type TicketActor, type TicketChange } from './ticket-transitions';
import { loadWorkingTime } from '@core/settings';
import { nextConfirmCheckAt } from './confirm-deadlines';
import { nextSlaCheckAt } from './deadlines/sla-check-at';
import { nextSlaPauses, ticketSla } from './deadlines/ticket-sla';
import { toTicketView, type TicketView } from './ticket-view';
import { followNodeTicket } from './project-node-tickets';
import { saveTicketChange, ticketInTx } from './repo/ticket-writes';

export interface TicketChangePlan {
  patch?: DocPatch<Ticket>;
  events: TicketEventDraft[];
  alsoInTx?: (tx: TxStore, updated: Ticket) => Promise<void>;
  messages?: (updated: Ticket) => InboxDraft[];
}

/**
 * The one way a ticket changes: NOT_FOUND for anyone not involved; inside a transaction re-read it,
 * check the change against the state machine for how the caller stands to the fresh document,
 * compare-and-set on its version, append the timeline and the messages. Of two racing changes the
 * loser fails with CONFLICT and writes nothing.
 */
export const changeTicket = async (
  ctx: HandlerContext,
  ticketId: string,
  change: TicketChange,
  plan: (ticket: Ticket, actors: ReadonlySet<TicketActor>, now: number) => TicketChangePlan | Promise<TicketChangePlan>,
): Promise<TicketView> => {
  const { store, clock, ids } = ctx.deps;
  const repo = ticketRepo(store);
  const teams = await loadCallerTeams(store, ctx.caller);
  requireTicketActors(await repo.get(ticketId), ctx.caller, teams);
  const now = clock.now();
  const time = await loadWorkingTime(store);
  const actor = { userId: ctx.caller.user?.id ?? null, name: ctx.caller.user?.name ?? '访客' };
  const updated = await store.transaction(async (tx) => {
    const current = await ticketInTx(tx, ticketId);
    if (!current) throw notFound();
    const actors = actorsOf(current, ctx.caller, teams);
    const status = assertTicketChange(change, current.status, actors);
    const decided = await plan(current, actors, now);
    const slaPauses = nextSlaPauses(current.slaPauses, current.status, status, now);
    // Waiting, resuming, accepting and resolving all move the scheduler's next look at the clocks.
    const slaCheckAt = nextSlaCheckAt(
      { ...current, ...decided.patch, status, slaPauses: slaPauses ?? current.slaPauses },
      time,
    );
    // Entering resolved starts the wait for the enterprise's confirmation; leaving it ends the wait.
    const isNewlyResolved = status === 'resolved' && current.status !== 'resolved';
    const confirmFields = isNewlyResolved
      ? { confirmCheckAt: nextConfirmCheckAt(now, null, time), confirmNoticedAt: null }
      : status === 'resolved'
        ? {}
        : { confirmCheckAt: null };
    const assigneeUserId = decided.patch?.assigneeUserId ?? current.assigneeUserId;
    const next = await saveTicketChange(tx, ticketId, current.version, {
      status,
      ...decided.patch,
      ...(slaPauses ? { slaPauses } : {}),
      slaCheckAt,
      ...confirmFields,
      ...ticketIndexFields(
        status,
        assigneeUserId,
        current.leaderUserId,
        (decided.patch?.teamIds ?? current.teamIds)[0] ?? null,
      ),
      updatedAt: now,
    });
    await decided.alsoInTx?.(tx, next);
    await followNodeTicket(tx, current, next, now);
    await appendTicketEvents(tx, ids, next, actor, now, decided.events);
    await sendInboxMessages(tx, ids, now, decided.messages?.(next) ?? []);
    return next;
  });
  const sla = ticketSla(updated, time, now);
  return toTicketView(updated, actorsOf(updated, ctx.caller, teams), await repo.events(ticketId), sla);
};
