import type { FollowUp } from '../rating';
import type { AssessmentEntry, SupervisionItem } from '../supervision';
import type { Ticket } from '../ticket';
import type { CollectionName, DocOf } from '@core/kernel/store/collections';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';

/** Every document matching `where`, a thousand at a time (the collections read here stay in the thousands). */
const readAll = async <C extends CollectionName>(
  store: DocStore,
  collection: C,
  where: Filter,
): Promise<DocOf<C>[]> => {
  const all: DocOf<C>[] = [];
  let after: string | null = null;
  do {
    const page: Page<DocOf<C>> = await store.find(collection, { where, limit: 1000, after });
    all.push(...page.items);
    after = page.next;
  } while (after !== null);
  return all;
};

/** Documents stamped at or after `since` in `field`, oldest first, one page. */
const oldestFirstSince = <C extends CollectionName>(
  store: DocStore,
  collection: C,
  field: string,
  page: { since: number; after: string | null; limit: number },
): Promise<Page<DocOf<C>>> =>
  store.find(collection, {
    where: { [field]: { gte: page.since } },
    orderBy: { field, dir: 'asc' },
    limit: page.limit,
    after: page.after,
  });

/** The reads the dashboard's roll-up and figures (core/dashboard) make of this feature's records. */
export const ticketReportReads = (store: DocStore) => ({
  /** Tickets changed at or after `since`, oldest change first, one page. */
  changedSince: (since: number, after: string | null, limit: number): Promise<Page<Ticket>> =>
    oldestFirstSince(store, 'tickets', 'updatedAt', { since, after, limit }),
  /** 督办 raised at or after `since`, oldest first, one page. */
  supervisionSince: (since: number, after: string | null, limit: number): Promise<Page<SupervisionItem>> =>
    oldestFirstSince(store, 'supervision_items', 'createdAt', { since, after, limit }),
  /** Every 整改 opened before `to`. */
  followUpsBefore: (to: number): Promise<FollowUp[]> => readAll(store, 'follow_ups', { createdAt: { lt: to } }),
  /** Every 考核台账 line recorded in [from, to). */
  ledgerEntriesIn: (from: number, to: number): Promise<AssessmentEntry[]> =>
    readAll(store, 'assessment_ledger', { at: { gte: from, lt: to } }),
});
