import type { Visit, VisitEventKind } from '../visit';
import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';
import { timelineAction, type TimelineActor } from '@core/kernel/timeline-action';

export type Actor = TimelineActor;

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
      ...timelineAction(ids, visit, at, seq, draft, draft.isBySystem ? SYSTEM : actor),
      visitId: visit.id,
    });
  }
};
