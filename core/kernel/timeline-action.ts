import type { IdSource } from './deps';

/** Who a timeline line credits: a person, or 系统 (userId null) for a step the app took itself. */
export interface TimelineActor {
  userId: string | null;
  name: string;
}

/** One action as a timeline line: what every feature's event documents (visits, tickets, projects) share. */
export interface TimelineActionLine<K extends string> {
  id: string;
  version: number;
  at: number;
  seq: number;
  kind: K;
  actorUserId: string | null;
  actorName: string;
  text: string;
  isInternal: boolean;
}

/**
 * The line of the `index`-th draft written by one change of a document at `version`: ordered within
 * the document even when changes land in the same millisecond, since each change bumps the version.
 */
export const timelineAction = <K extends string>(
  ids: IdSource,
  owner: { version: number },
  at: number,
  index: number,
  draft: { kind: K; text: string; isInternal?: boolean },
  actor: TimelineActor,
): TimelineActionLine<K> => ({
  id: ids.newId(),
  version: 1,
  at,
  seq: owner.version * 100 + index,
  kind: draft.kind,
  actorUserId: actor.userId,
  actorName: actor.name,
  text: draft.text,
  isInternal: draft.isInternal ?? false,
});
