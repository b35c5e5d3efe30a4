import type { IdSource } from './deps';
import type { TxStore } from './store/doc-store';

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

/** Who a line credits for a step the app took itself (routing, automatic confirmation): 系统, not a person. */
export const SYSTEM_ACTOR: TimelineActor = { userId: null, name: '系统' };

/** Appends one change's drafts to a document's timeline, inside the caller's `tx`; events are only ever inserted. */
export type AppendEvents<O, D> = (
  tx: TxStore,
  ids: IdSource,
  owner: O,
  actor: TimelineActor,
  at: number,
  drafts: readonly D[],
) => Promise<void>;

/**
 * A feature's AppendEvents: each draft becomes the line `timelineAction` makes, in order, credited to
 * `creditOf(draft, actor)`; `insert` writes it into the feature's own events collection with the
 * fields only that feature has.
 */
export const timelineWriter =
  <O extends { version: number }, D extends { kind: string; text: string; isInternal?: boolean }>(
    creditOf: (draft: D, actor: TimelineActor) => TimelineActor,
    insert: (tx: TxStore, line: TimelineActionLine<D['kind']>, owner: O, draft: D) => Promise<unknown>,
  ): AppendEvents<O, D> =>
  async (tx, ids, owner, actor, at, drafts) => {
    for (const [index, draft] of drafts.entries()) {
      await insert(tx, timelineAction(ids, owner, at, index, draft, creditOf(draft, actor)), owner, draft);
    }
  };
