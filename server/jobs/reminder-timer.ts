import type { HandlerDeps } from '../../core/handlers';
import { sendDueVisitReminders } from '../../core/visits/visit-reminders';

/** How often the local stack looks for visits to remind of (the cloud uses a timer trigger). */
export const REMINDER_EVERY_MS = 5 * 60_000;

export interface ReminderTimer {
  /** One pass now; resolves with how many reminders went out (0 when a pass failed, which is logged). */
  runNow(): Promise<number>;
  stop(): void;
}

/**
 * Runs the day-before visit reminders on the local server: once at start, then every few minutes.
 * A failed pass is logged and the next one tries again; reminders are stamped per visit, so a
 * retry never sends twice.
 */
export const startReminderTimer = (deps: HandlerDeps, everyMs = REMINDER_EVERY_MS): ReminderTimer => {
  let running: Promise<number> | null = null;
  const runNow = (): Promise<number> => {
    // Passes never overlap on one server; the stamps would make that safe anyway, this just saves work.
    running ??= sendDueVisitReminders(deps)
      .then((count) => {
        if (count > 0) deps.log.info('visit reminders sent', { count });
        return count;
      })
      .catch((e: unknown) => {
        deps.log.error('visit reminders failed', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void runNow(), everyMs);
  // The timer alone never keeps the process alive (tests, a stopping server).
  timer.unref();
  void runNow();
  return { runNow, stop: () => clearInterval(timer) };
};
