import type { FileRef, TicketEventKind } from './ticket';
import { insertTicketEvent } from './repo/ticket-event-writes';
import { SYSTEM_ACTOR, timelineWriter, type TimelineActor } from '@core/kernel/timeline-action';

export type TicketActorRef = TimelineActor;

/** Steps the app takes itself (routing, automatic confirmation) are credited to 系统, not to a person. */
export { SYSTEM_ACTOR };

export interface TicketEventDraft {
  kind: TicketEventKind;
  text: string;
  /** Who the line credits when not the caller of the change, e.g. SYSTEM_ACTOR for a routing step. */
  actor?: TicketActorRef;
  isInternal?: boolean;
  attachments?: FileRef[];
}

/** Appends timeline lines inside the caller's transaction; events are only ever inserted. */
export const appendTicketEvents = timelineWriter<
  { id: string; version: number; assigneeUserId?: string | null; teamIds?: readonly string[] },
  TicketEventDraft
>(
  (draft, actor) => draft.actor ?? actor,
  (tx, line, ticket, draft) =>
    insertTicketEvent(tx, {
      ...line,
      ticketId: ticket.id,
      attachments: draft.attachments ?? [],
      // Who holds the work after this change: the dashboard credits each figure to the holder at that moment.
      holderUserId: ticket.assigneeUserId ?? null,
      holderTeamId: ticket.teamIds?.[0] ?? null,
    }),
);
