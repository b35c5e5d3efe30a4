import type { HandlerDeps } from '@core/app/handlers';
import type { SubscribeSender } from '@core/notify/deliver-outbox';
import { runTick, tickJobs, type TickReport } from '@core/app/scheduler/run-tick';

/** The local stack's stand-in for the cloud's 5-minute timer trigger. */
export const SCHEDULER_EVERY_MS = 5 * 60_000;

export interface SchedulerTimer {
  /** One tick now; resolves with its report, or null when the tick itself failed (logged). */
  runNow(): Promise<TickReport | null>;
  stop(): void;
}

/**
 * Runs the scheduler tick (core/scheduler) on the local server: once at start, then every few
 * minutes, exactly the jobs the cloud's `scheduler` function runs. Every job is safe to repeat.
 */
/** The local stack has no WeChat: a subscribe message is written to the log instead (outbox-to-log). */
export const logSender = (deps: HandlerDeps): SubscribeSender => ({
  send: async (message) => {
    deps.log.info('subscribe message (local stack: logged, not sent)', message);
    return { ok: true };
  },
});

export const startSchedulerTimer = (
  deps: HandlerDeps,
  everyMs = SCHEDULER_EVERY_MS,
  sender: SubscribeSender = logSender(deps),
  uploads?: Parameters<typeof tickJobs>[1],
): SchedulerTimer => {
  const jobs = tickJobs(sender, uploads);
  let running: Promise<TickReport | null> | null = null;
  const tick = async (): Promise<TickReport | null> => {
    try {
      const report = await runTick(deps, { deadline: deps.clock.now() + everyMs, jobs });
      const handled = report.done.filter((d) => d.count > 0);
      if (handled.length) deps.log.info('scheduler tick', { handled });
      return report;
    } catch (e) {
      deps.log.error('scheduler tick failed', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return null;
    }
  };
  // Ticks never overlap on one server; the jobs would make that safe anyway, this just saves work.
  const runNow = (): Promise<TickReport | null> => {
    running ??= tick().finally(() => {
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
