import type { LocalDate } from '@core/kernel/calendar/local-date';
import type { DocPatch, DocStore, Page, TxStore } from '@core/kernel/store/doc-store';
import type { BookingAllowance, Visit } from '../visit';

/** A visit's reads and writes inside the caller's transaction (compare-and-set on its version). */
export const visitWrites = (tx: TxStore) => ({
  /** The visit as the transaction sees it, to decide a change on. */
  current: (visitId: string): Promise<Visit | null> => tx.get('visits', visitId),

  change: (visit: Pick<Visit, 'id' | 'version'>, patch: DocPatch<Visit>): Promise<Visit> =>
    tx.update('visits', visit.id, visit.version, patch),

  book: (visit: Visit): Promise<Visit> => tx.insert('visits', visit),

  markReminded: (visit: Visit, now: number): Promise<Visit> =>
    tx.update('visits', visit.id, visit.version, { remindedAt: now }),

  allowanceOf: (ownerUserId: string): Promise<BookingAllowance | null> => tx.get('visit_allowances', ownerUserId),

  keepAllowance: async (
    ownerUserId: string,
    allowance: BookingAllowance | null,
    recent: { visitId: string; parkIds: string[]; date: LocalDate }[],
  ): Promise<void> => {
    if (allowance) await tx.update('visit_allowances', ownerUserId, allowance.version, { recent });
    else await tx.insert('visit_allowances', { id: ownerUserId, version: 1, recent });
  },
});

/** Confirmed visits not yet reminded that start between two moments, soonest first. */
export const visitsToRemind = (store: DocStore, from: number, to: number, after: string | null): Promise<Page<Visit>> =>
  store.find('visits', {
    where: { status: 'confirmed', remindedAt: null, startsAt: { gte: from, lte: to } },
    orderBy: { field: 'startsAt', dir: 'asc' },
    limit: 100,
    after,
  });
