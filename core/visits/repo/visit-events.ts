import type { Visit, VisitEventKind } from '../visit';
import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';

export interface Actor {
  userId: string | null;
  name: string;
}

export interface EventDraft {
  kind: VisitEventKind;
  text: string;
  isInternal?: boolean;
  /** A line the system wrote (routing), rather than the person who acted. */
  isBySystem?: boolean;
}

const SYSTEM: Actor = { userId: null, name: '系统' };

/** Appends timeline lines inside the caller's transaction; events are only ever inserted. */
export const appendVisitEvents = async (
  tx: TxStore,
  ids: IdSource,
  visit: Pick<Visit, 'id' | 'version'>,
  actor: Actor,
  at: number,
  drafts: readonly EventDraft[],
): Promise<void> => {
  for (const [seq, draft] of drafts.entries()) {
    await tx.insert('visit_events', {
      id: ids.newId(),
      version: 1,
      visitId: visit.id,
      at,
      // Ordered within the visit across changes (each change bumps the version), as tickets do.
      seq: visit.version * 100 + seq,
      kind: draft.kind,
      actorUserId: draft.isBySystem ? SYSTEM.userId : actor.userId,
      actorName: draft.isBySystem ? SYSTEM.name : actor.name,
      text: draft.text,
      isInternal: draft.isInternal ?? false,
    });
  }
};
