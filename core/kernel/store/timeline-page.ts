import type { DocStore, StoredDoc } from './doc-store';

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
export const readTimelinePage = async <E extends StoredDoc & { at: number; seq: number }>(
  store: DocStore,
  collection: string,
  where: Record<string, string>,
  cursor: string | null = null,
  limit = TIMELINE_PAGE,
): Promise<TimelinePage<E>> => {
  const page = await store.find<E>(collection, { where, orderBy: { field: 'at', dir: 'desc' }, limit, after: cursor });
  return { items: page.items.sort((a, b) => a.at - b.at || a.seq - b.seq), earlier: page.next };
};

/** Every event of one subject, oldest first, page by page (figures need the whole history, views do not). */
export const readWholeTimeline = async <E extends StoredDoc & { at: number; seq: number }>(
  store: DocStore,
  collection: string,
  where: Record<string, string>,
): Promise<E[]> => {
  const pages: E[][] = [];
  let cursor: string | null = null;
  do {
    const page: TimelinePage<E> = await readTimelinePage<E>(store, collection, where, cursor, 200);
    pages.unshift(page.items);
    cursor = page.earlier;
  } while (cursor);
  return pages.flat();
};
