import type { FollowUp } from '../rating';
import type { AssessmentEntry, SupervisionItem } from '../supervision';
import type { DocPatch, DocStore, Filter, Page, TxStore } from '@core/kernel/store/doc-store';

/** One page of a list, newest first, as the supervision handlers ask for it. */
export interface NewestFirstPage {
  limit: number;
  cursor?: string | null | undefined;
}

/** A 督办 item (the leader's or the office's), inside the escalating transaction. */
export const raiseSupervisionItem = async (tx: TxStore, item: SupervisionItem): Promise<void> => {
  await tx.insert('supervision_items', item);
};

/** 督办 items matching `where`, newest first. */
export const supervisionItemsPage = (
  store: DocStore,
  where: Filter,
  page: NewestFirstPage,
): Promise<Page<SupervisionItem>> =>
  store.find('supervision_items', {
    where,
    orderBy: { field: 'createdAt', dir: 'desc' },
    limit: page.limit,
    after: page.cursor ?? null,
  });

/** The assessment ledger (考核台账), one subject's lines or everyone's, newest first. */
export const assessmentLedgerPage = (
  store: DocStore,
  subjectId: string | null | undefined,
  page: NewestFirstPage,
): Promise<Page<AssessmentEntry>> =>
  store.find('assessment_ledger', {
    ...(subjectId ? { where: { subjectId } } : {}),
    orderBy: { field: 'at', dir: 'desc' },
    limit: page.limit,
    after: page.cursor ?? null,
  });

/** 回访整改 items matching `where`, newest first. */
export const followUpsPage = (store: DocStore, where: Filter, page: NewestFirstPage): Promise<Page<FollowUp>> =>
  store.find('follow_ups', {
    where,
    orderBy: { field: 'createdAt', dir: 'desc' },
    limit: page.limit,
    after: page.cursor ?? null,
  });

/** A follow-up as it is now, re-read inside the transaction that records or closes it. */
export const followUpInTx = (tx: TxStore, id: string): Promise<FollowUp | null> => tx.get('follow_ups', id);

/** A follow-up's contact or closing, compare-and-set on the version the transaction read. */
export const saveFollowUp = (tx: TxStore, id: string, version: number, patch: DocPatch<FollowUp>): Promise<FollowUp> =>
  tx.update('follow_ups', id, version, patch);
