import { NO_ESCALATION } from '@core/tickets/supervision';
import type { Ticket, TicketEvent, TicketEventKind, TicketStatus } from '@core/tickets/ticket';
import type { PausedSpan } from '@core/tickets/deadlines/sla-clock';
import { nextSlaCheckAt } from '@core/tickets/deadlines/sla-check-at';
import { nextSlaPauses, SLA_PAUSING_STATUSES } from '@core/tickets/deadlines/ticket-sla';
import type { DocStore } from '@core/kernel/store/doc-store';
import { ticketRepo } from '@core/tickets';
import { nextConfirmCheckAt } from '@core/tickets/confirm-deadlines';
import { defineStep } from '../migration-step';

/** The status a timeline event left its ticket in (the state machine of the release that wrote it). */
const STATUS_AFTER: Partial<Record<TicketEventKind, TicketStatus>> = {
  accepted: 'accepted',
  transferred: 'assigned',
  reassigned: 'assigned',
  materials_requested: 'waiting_enterprise',
  supplemented: 'in_progress',
  resolved: 'resolved',
  reopened: 'in_progress',
  closed: 'closed',
  cancelled: 'cancelled',
};

/** The ticket's whole timeline, oldest first (ties by sequence), through the tickets repository. */
const timelineOf = async (store: DocStore, ticketId: string): Promise<TicketEvent[]> =>
  (await ticketRepo(store).allEvents(ticketId)).sort((a, b) => a.at - b.at || a.seq - b.seq);

/**
 * What the SLA clocks need, replayed from the timeline: the spans spent waiting for the enterprise
 * (materials asked for, a resolution to confirm) and the first acceptance. Where the timeline and the
 * stored status disagree (a lost event), the status wins from the ticket's last change.
 */
export const replaySlaHistory = (
  t: Pick<Ticket, 'status' | 'updatedAt' | 'acceptedAt'>,
  events: readonly Pick<TicketEvent, 'kind' | 'at'>[],
): { slaPauses: PausedSpan[]; respondedAt: number | null } => {
  let status: TicketStatus = 'submitted';
  let pauses: PausedSpan[] = [];
  let respondedAt: number | null = null;
  for (const e of events) {
    const next = STATUS_AFTER[e.kind];
    if (!next) continue;
    if (next === 'accepted' && respondedAt === null) respondedAt = e.at;
    pauses = nextSlaPauses(pauses, status, next, e.at) ?? pauses;
    status = next;
  }
  if (SLA_PAUSING_STATUSES.includes(status) !== SLA_PAUSING_STATUSES.includes(t.status))
    pauses = nextSlaPauses(pauses, status, t.status, t.updatedAt) ?? pauses;
  return { slaPauses: pauses, respondedAt: respondedAt ?? t.acceptedAt };
};

/**
 * Tickets filed before the SLA release (限时办结, 督办, 确认办结) have no pause record, first-response
 * stamp, escalation stamps, rating or scheduler check instants: the clocks, the 督办 job and the
 * auto-confirmation would skip or misread them. Fields a ticket already has are kept.
 */
export const ticketSlaFields = defineStep<Ticket>({
  id: '0001-ticket-sla-fields',
  collection: 'tickets',
  toVersion: 2,
  description: 'tickets: SLA pauses and first response replayed from the timeline, 督办 and 确认办结 fields',
  upgrade: async (stored, ctx) => {
    const t = stored as Partial<Ticket> & Ticket;
    const history =
      t.slaPauses === undefined || t.respondedAt === undefined
        ? replaySlaHistory(t, await timelineOf(ctx.store, t.id))
        : { slaPauses: t.slaPauses, respondedAt: t.respondedAt };
    const filled: Ticket = {
      ...t,
      respondedAt: t.respondedAt === undefined ? history.respondedAt : t.respondedAt,
      slaPauses: t.slaPauses ?? history.slaPauses,
      escalation: t.escalation ?? NO_ESCALATION,
      rating: t.rating ?? null,
      confirmNoticedAt: t.confirmNoticedAt ?? null,
    };
    const isUnconfirmed = filled.status === 'resolved' && filled.resolvedAt !== null;
    return {
      respondedAt: filled.respondedAt,
      slaPauses: filled.slaPauses,
      escalation: filled.escalation,
      rating: filled.rating,
      confirmNoticedAt: filled.confirmNoticedAt,
      slaCheckAt: t.slaCheckAt === undefined ? nextSlaCheckAt(filled, ctx.time) : t.slaCheckAt,
      confirmCheckAt:
        t.confirmCheckAt !== undefined
          ? t.confirmCheckAt
          : isUnconfirmed
            ? nextConfirmCheckAt(filled.resolvedAt ?? 0, filled.confirmNoticedAt, ctx.time)
            : null,
    };
  },
});
