import { conflict } from '@core/kernel/errors';
import { visitSlotId, type HalfDay, type VisitSlot } from '../visit';
import type { TxStore } from '@core/kernel/store/doc-store';
import { SLOT_FULL_MESSAGE } from '../transact-with-retry';

/** Walks each park's counter for the half-day (null where none was made yet), one after another in `tx`. */
const eachCounter = async (
  tx: TxStore,
  parkIds: readonly string[],
  date: string,
  halfDay: HalfDay,
  step: (id: string, parkId: string, counter: VisitSlot | null) => Promise<unknown>,
): Promise<void> => {
  for (const parkId of parkIds) {
    const id = visitSlotId(parkId, date, halfDay);
    await step(id, parkId, await tx.get('visit_slots', id));
  }
};

/**
 * Takes one place in every park's counter for the half-day, inside the caller's transaction: if any
 * park is full the transaction throws and nothing is kept — an itinerary gets all its slots or none.
 */
export const reserveVisitSlots = (
  tx: TxStore,
  parkIds: readonly string[],
  date: string,
  halfDay: HalfDay,
  capacity: number,
): Promise<void> =>
  eachCounter(tx, parkIds, date, halfDay, async (id, parkId, counter) => {
    if ((counter?.used ?? 0) >= capacity) throw conflict(SLOT_FULL_MESSAGE);
    if (counter) await tx.update('visit_slots', id, counter.version, { used: counter.used + 1 });
    else await tx.insert('visit_slots', { id, version: 1, parkId, date, halfDay, used: 1 });
  });

/** Gives the places back (cancel, decline, the old slot of a reschedule), inside the caller's transaction. */
export const releaseVisitSlots = (
  tx: TxStore,
  parkIds: readonly string[],
  date: string,
  halfDay: HalfDay,
): Promise<void> =>
  eachCounter(tx, parkIds, date, halfDay, async (id, _parkId, counter) => {
    // A missing or empty counter would mean a bug elsewhere; never go below zero.
    if (counter && counter.used > 0) {
      await tx.update('visit_slots', id, counter.version, { used: counter.used - 1 });
    }
  });
