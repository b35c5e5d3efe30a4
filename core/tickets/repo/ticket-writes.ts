import type { Ticket } from '../ticket';
import type { FollowUp } from '../rating';
import type { AssessmentEntry } from '../supervision';
import type { DocPatch, DocStore, Page, TxStore } from '@core/kernel/store/doc-store';

/** The ticket as it is now, re-read inside the transaction that will change it. */
export const ticketInTx = (tx: TxStore, id: string): Promise<Ticket | null> => tx.get('tickets', id);

/** A ticket's change, compare-and-set on the version the transaction read. */
export const saveTicketChange = (tx: TxStore, id: string, version: number, patch: DocPatch<Ticket>): Promise<Ticket> =>
  tx.update('tickets', id, version, patch);

/** A newly filed ticket. */
export const fileTicket = async (tx: TxStore, ticket: Ticket): Promise<void> => {
  await tx.insert('tickets', ticket);
};

/** One line of the assessment ledger (考核台账). */
export const writeAssessmentEntry = async (tx: TxStore, entry: AssessmentEntry): Promise<void> => {
  await tx.insert('assessment_ledger', entry);
};

/** The leader's follow-up (回访) a bad rating opens. */
export const openFollowUp = async (tx: TxStore, followUp: FollowUp): Promise<void> => {
  await tx.insert('follow_ups', followUp);
};

/** Tickets whose indexed check instant has come, oldest check first, a page at a time. */
export const dueTickets = (
  store: DocStore,
  checkField: 'slaCheckAt' | 'confirmCheckAt',
  now: number,
  limit: number,
  after: string | null,
): Promise<Page<Ticket>> =>
  store.find('tickets', {
    where: { [checkField]: { lte: now } },
    orderBy: { field: checkField, dir: 'asc' },
    limit,
    after,
  });
