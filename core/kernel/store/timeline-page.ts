import type { CollectionName, DocOf } from './collections';
import type { DocStore } from './doc-store';

interface TimelineEvent {
  at: number;
  seq: number;
}

/** The collections whose documents are timeline events (visit_events, ticket_events). */
export type TimelineCollection = {
  [C in CollectionName]: DocOf<C> extends TimelineEvent ? C : never;
}[CollectionName];

/** Events shown with a ticket or visit at once, and per "加载更早的记录". */
export const TIMELINE_PAGE = 50;

export interface TimelinePage<E> {
  /** Oldest first, for reading down the page; the newest event is always the last. */
  items: E[];
  /** Cursor for the events before these; null when these reach back to the first. */
  earlier: string | null;
}

/**
 * A timeline read newest first a page at a time (so the latest events always show, however long
 * the history), handed back in reading order.
 */
export const readTimelinePage = async <C extends TimelineCollection>(
  store: DocStore,
  collection: C,
  where: Record<string, string>,
  cursor: string | null = null,
  limit = TIMELINE_PAGE,
): Promise<TimelinePage<DocOf<C>>> => {
  const page = await store.find(collection, { where, orderBy: { field: 'at', dir: 'desc' }, limit, after: cursor });
  const byTime = (a: TimelineEvent, b: TimelineEvent): number => a.at - b.at || a.seq - b.seq;
  return { items: page.items.sort(byTime), earlier: page.next };
};

/** Every event of one subject, oldest first, page by page (figures need the whole history, views do not). */
export const readWholeTimeline = async <C extends TimelineCollection>(
  store: DocStore,
  collection: C,
  where: Record<string, string>,
): Promise<DocOf<C>[]> => {
  const pages: DocOf<C>[][] = [];
  let cursor: string | null = null;
  do {
    const page: TimelinePage<DocOf<C>> = await readTimelinePage(store, collection, where, cursor, 200);
    pages.unshift(page.items);
    cursor = page.earlier;
  } while (cursor);
  return pages.flat();
};
