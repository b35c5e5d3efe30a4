import type { FileRef, TicketEventKind } from './ticket';
import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';
import { insertTicketEvent } from './repo/ticket-event-writes';

export interface TicketActorRef {
  userId: string | null;
  name: string;
}

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
      id: ids.newId(),
      version: 1,
      ticketId: ticket.id,
      at,
      // Orders the timeline even when changes land in the same millisecond: each change bumps the version.
      seq: ticket.version * 100 + seq,
      kind: draft.kind,
      actorUserId: (draft.actor ?? actor).userId,
      actorName: (draft.actor ?? actor).name,
      text: draft.text,
      isInternal: draft.isInternal ?? false,
      attachments: draft.attachments ?? [],
      // Who holds the work after this change: the dashboard credits each figure to the holder at that moment.
      holderUserId: ticket.assigneeUserId ?? null,
      holderTeamId: ticket.teamIds?.[0] ?? null,
    });
  }
};
