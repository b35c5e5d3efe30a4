import type { TxStore } from '@core/kernel/store/doc-store';
import type { TicketEvent } from '../ticket';

/** Writes one timeline line inside the caller's transaction; events are only ever inserted. */
export const insertTicketEvent = async (tx: TxStore, event: TicketEvent): Promise<void> => {
  await tx.insert('ticket_events', event);
};
