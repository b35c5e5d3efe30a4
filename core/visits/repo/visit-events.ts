import type { Visit, VisitEventKind } from '../visit';
import { SYSTEM_ACTOR, timelineWriter, type TimelineActor } from '@core/kernel/timeline-action';

export type Actor = TimelineActor;

export interface EventDraft {
  kind: VisitEventKind;
  text: string;
  isInternal?: boolean;
  /** A line the system wrote (routing), rather than the person who acted. */
  isBySystem?: boolean;
}

/** Appends timeline lines inside the caller's transaction; events are only ever inserted. */
export const appendVisitEvents = timelineWriter<Pick<Visit, 'id' | 'version'>, EventDraft>(
  (draft, actor) => (draft.isBySystem ? SYSTEM_ACTOR : actor),
  (tx, line, visit) => tx.insert('visit_events', { ...line, visitId: visit.id }),
);
