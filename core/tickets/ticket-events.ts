import type { FileRef, TicketEventKind } from './ticket';
import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';
import { insertTicketEvent } from './repo/ticket-event-writes';
import { timelineAction, type TimelineActor } from '@core/kernel/timeline-action';

export type TicketActorRef = TimelineActor;

/** Steps the app takes itself (routing, automatic confirmation) are credited to 系统, not to a person. */
export const SYSTEM_ACTOR: TicketActorRef = { userId: null, name: '系统' };

export interface TicketEventDraft {
  kind: TicketEventKind;
  text: string;
  /** Who the line credits when not the caller of the change, e.g. SYSTEM_ACTOR for a routing step. */
  actor?: TicketActorRef;
  isInternal?: boolean;
  attachments?: FileRef[];
}

/** Appends timeline lines inside the caller's transaction; events are only ever inserted. */
export const appendTicketEvents = async (
  tx: TxStore,
  ids: IdSource,
  ticket: { id: string; version: number; assigneeUserId?: string | null; teamIds?: readonly string[] },
  actor: TicketActorRef,
  at: number,
  drafts: readonly TicketEventDraft[],
): Promise<void> => {
  for (const [seq, draft] of drafts.entries()) {
    await insertTicketEvent(tx, {
      ...timelineAction(ids, ticket, at, seq, draft, draft.actor ?? actor),
      ticketId: ticket.id,
      attachments: draft.attachments ?? [],
      // Who holds the work after this change: the dashboard credits each figure to the holder at that moment.
      holderUserId: ticket.assigneeUserId ?? null,
      holderTeamId: ticket.teamIds?.[0] ?? null,
    });
  }
};
