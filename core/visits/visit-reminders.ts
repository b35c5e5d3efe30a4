import type { Page } from '@core/kernel/store/doc-store';
import type { Visit } from './visit';
import type { HandlerDeps } from '@core/kernel/deps';
import { sendInboxMessages } from '@core/messages';
import { reminderMessages } from './visit-messages';
import { visitsToRemind, visitWrites } from './repo/visit-writes';

/** Confirmed visits starting within this window get their reminder. */
export const REMINDER_HORIZON_MS = 24 * 3_600_000;

/**
 * The day-before reminder (C2), run by a timer (cloud trigger / the local server's interval).
 * Each visit is reminded in its own transaction that re-reads it and stamps `remindedAt`, so two
 * overlapping runs, or a run that dies half way, never remind anyone twice. Returns how many were sent.
 */
export const sendDueVisitReminders = async (deps: HandlerDeps, deadline = Infinity): Promise<number> => {
  const { store, clock, ids } = deps;
  const now = clock.now();
  let sent = 0;
  let after: string | null = null;
  do {
    const page: Page<Visit> = await visitsToRemind(store, now, now + REMINDER_HORIZON_MS, after);
    for (const candidate of page.items) {
      const isSent = await store.transaction(async (tx) => {
        const visit = await visitWrites(tx).current(candidate.id);
        if (
          !visit ||
          visit.status !== 'confirmed' ||
          (visit.remindedAt ?? null) !== null ||
          visit.startsAt !== candidate.startsAt
        ) {
          return false;
        }
        await visitWrites(tx).markReminded(visit, now);
        await sendInboxMessages(tx, ids, now, reminderMessages(visit));
        return true;
      });
      if (isSent) sent += 1;
    }
    after = page.next;
    // Past the tick's deadline the rest stays due (unreminded) for the next tick.
  } while (after && clock.now() < deadline);
  return sent;
};
