import type { Ticket } from './ticket';
import { isAppError } from '@core/kernel/errors';
import type { HandlerDeps } from '@core/kernel/deps';
import type { Page, TxStore } from '@core/kernel/store/doc-store';
import { dueTickets } from './repo/ticket-writes';

const BATCH = 100;

/**
 * The shape of every timed ticket job: read only the tickets whose indexed check instant has come,
 * oldest first, a page at a time, and run one step per ticket in its own transaction. A CONFLICT
 * means someone else (another tick, a staff change, the enterprise) changed the ticket first and has
 * re-stamped it, so it is skipped. Past the tick's deadline the rest stays due for the next tick.
 * Returns the sum of what the steps report.
 */
export const runDueTicketSteps = async (
  deps: HandlerDeps,
  options: { checkField: 'slaCheckAt' | 'confirmCheckAt'; now: number; deadline: number },
  step: (tx: TxStore, ticketId: string) => Promise<number>,
): Promise<number> => {
  const { store, clock } = deps;
  let total = 0;
  let after: string | null = null;
  do {
    const page: Page<Ticket> = await dueTickets(store, options.checkField, options.now, BATCH, after);
    for (const candidate of page.items) {
      try {
        total += await store.transaction((tx) => step(tx, candidate.id));
      } catch (e) {
        if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
      }
    }
    after = page.next;
  } while (after && clock.now() < options.deadline);
  return total;
};
