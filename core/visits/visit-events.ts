import type { Visit, VisitEvent, VisitEventKind } from '../domain/visit';
import type { IdSource } from '../handlers/handler-types';
import type { TxStore } from '../store/doc-store';

export interface Actor {
  userId: string | null;
  name: string;
}

export interface EventDraft {
  kind: VisitEventKind;
  text: string;
  isInternal?: boolean;
}

/** Appends timeline lines inside the caller's transaction; events are only ever inserted. */
export const appendVisitEvents = async (
  tx: TxStore,
  ids: IdSource,
  visit: Pick<Visit, 'id'>,
  actor: Actor,
  at: number,
  drafts: readonly EventDraft[],
): Promise<void> => {
  for (const [seq, draft] of drafts.entries()) {
    await tx.insert<VisitEvent>('visit_events', {
      id: ids.newId(),
      version: 1,
      visitId: visit.id,
      at,
      seq,
      kind: draft.kind,
      actorUserId: actor.userId,
      actorName: actor.name,
      text: draft.text,
      isInternal: draft.isInternal ?? false,
    });
  }
};
