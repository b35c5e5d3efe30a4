import { purgeOldRequests } from '../dispatch/purge-requests';
import type { HandlerDeps } from '@core/kernel/deps';
import { rollUpDashboard } from '@core/dashboard';
import { deliverOutbox, type SubscribeSender } from '@core/notify';
import { escalateDueTickets } from '@core/sla';
import { publishDueRounds } from '@core/evaluation';
import { purgeUnattachedUploads } from './purge-uploads';
import { autoConfirmResolvedTickets } from '@core/tickets';
import { sendDueVisitReminders } from '@core/visits';

/**
 * One kind of timed work. `run` returns how many items it handled and must be safe to repeat; a job
 * that pages through much work stops taking new pages at `deadline` and leaves the rest for the next tick.
 */
export interface TickJob {
  name: string;
  run(deps: HandlerDeps, deadline: number): Promise<number>;
}

/**
 * Everything the 5-minute timer does, in order: messages first, then their WeChat copies go out in
 * the same tick. SLA warnings and 督办 come before the outbox so their WeChat copies go out at once.
 */
export const tickJobs = (
  sender: SubscribeSender,
  /** The local stack's upload store; the cloud keeps files in cloud storage and has no such job. */
  uploads?: { removeFile: (uploadId: string) => Promise<void> },
): readonly TickJob[] => [
  { name: 'visitReminders', run: sendDueVisitReminders },
  { name: 'slaEscalations', run: escalateDueTickets },
  { name: 'autoConfirm', run: autoConfirmResolvedTickets },
  // Before the outbox: the bottom team's leader hears of the 整改 in the same tick.
  { name: 'publishEvaluations', run: publishDueRounds },
  { name: 'subscribeOutbox', run: deliverOutbox(sender) },
  { name: 'purgeRequests', run: purgeOldRequests },
  ...(uploads ? [{ name: 'purgeUploads', run: purgeUnattachedUploads(uploads.removeFile) }] : []),
  // Last: figures may lag a tick, messages may not. The dashboard adds the live delta itself.
  { name: 'dashboardRollup', run: rollUpDashboard },
];

export interface TickReport {
  done: { name: string; count: number }[];
  failed: string[];
  /** Jobs not started because the deadline came first; the next tick picks them up. */
  skipped: string[];
}

/**
 * One scheduler tick, the same in the cloud (timer trigger) and on the local stack (interval).
 * A failing job is logged and the others still run; a job is not started past `deadline`, so the
 * cloud function returns before its timeout instead of being killed half way.
 */
export const runTick = async (
  deps: HandlerDeps,
  options: { deadline: number; jobs: readonly TickJob[] },
): Promise<TickReport> => {
  const report: TickReport = { done: [], failed: [], skipped: [] };
  for (const job of options.jobs) {
    if (deps.clock.now() >= options.deadline) {
      report.skipped.push(job.name);
      continue;
    }
    try {
      report.done.push({ name: job.name, count: await job.run(deps, options.deadline) });
    } catch (e) {
      report.failed.push(job.name);
      deps.log.error(`scheduler job ${job.name} failed`, {
        error: e instanceof Error ? (e.stack ?? e.message) : String(e),
      });
    }
  }
  return report;
};
