import type { HandlerDeps } from '@core/kernel/deps';
import type { CollectionName, DocOf } from '@core/kernel/store/collections';
import type { Page } from '@core/kernel/store/doc-store';

const BATCH = 100;

export interface PurgeRule<C extends CollectionName> {
  collection: C;
  /** An indexed time field (UTC ms); documents with it before `before` go. */
  field: string;
  before: number;
  /** Documents to keep although they are old (e.g. an upload a ticket refers to). */
  isKept?: (doc: DocOf<C>) => boolean;
  /** Runs before the document is removed (e.g. deleting the file it stands for). */
  onRemove?: (doc: DocOf<C>) => Promise<void>;
}

/**
 * Removes old documents a page at a time, oldest first, and stops taking pages at the tick's
 * deadline; what is left goes on the next tick. Returns how many it removed.
 */
export const purgeOlderThan = async <C extends CollectionName>(
  deps: HandlerDeps,
  deadline: number,
  rule: PurgeRule<C>,
): Promise<number> => {
  let removed = 0;
  let after: string | null = null;
  do {
    const page: Page<DocOf<C>> = await deps.store.find(rule.collection, {
      where: { [rule.field]: { lt: rule.before } },
      orderBy: { field: rule.field, dir: 'asc' },
      limit: BATCH,
      after,
    });
    for (const doc of page.items) {
      if (rule.isKept?.(doc)) continue;
      await rule.onRemove?.(doc);
      if (await deps.store.remove(rule.collection, doc.id)) removed += 1;
    }
    after = page.next;
  } while (after && deps.clock.now() < deadline);
  return removed;
};
