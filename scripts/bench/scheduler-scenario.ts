import { utcMsAt } from '@core/kernel/calendar/local-date';
import { runTick, tickJobs } from '@core/app/scheduler/run-tick';
import { loadWorkingTime } from '@core/settings/load-working-time';
import { nextSlaCheckAt } from '@core/tickets/deadlines/sla-check-at';
import type { DocStore } from '@core/kernel/store';
import { logSender } from '../../server/jobs/scheduler-timer';
import { benchTicketDoc } from './bench-ticket';
import type { BenchStack } from './bench-stack';
import { oneRun, type Figures } from './measure';

const SIZES = [10_000, 100_000];
const BATCH = 1000;

/**
 * Open tickets being worked, filed over the last 30 days, with their
 * scheduler check stamped as the handlers stamp it: a share is already due for a warning or 督办.
 */
const seedOpenTickets = async (store: DocStore, from: number, to: number, now: number): Promise<void> => {
  const time = await loadWorkingTime(store);
  const assignees = ['u-demo-staff', 'u-staff-chen', 'u-staff-feng', 'u-staff-wu', 'u-staff-he', 'u-staff-ma'];
  for (let start = from; start < to; start += BATCH) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(to, start + BATCH); i += 1) {
        const assigneeUserId = assignees[i % assignees.length] ?? null;
        // Filed at a pseudo-random minute of the last 30 days, so deadlines fall due all the time.
        const createdAt = now - ((i * 7919) % (30 * 24 * 60)) * 60_000;
        const ticket = benchTicketDoc(
          i,
          {
            ...{ id: `sched-${i}`, status: 'in_progress', assigneeUserId, leaderUserId: 'u-leader-qian' },
            ...{ teamId: 'svc-desk-environment', createdAt },
          },
          { enterpriseName: `压测企业${i}`, acceptedAt: createdAt, respondedAt: createdAt },
        );
        ticket.slaCheckAt = nextSlaCheckAt(ticket, time);
        await tx.insert('tickets', ticket);
      }
    });
  }
};

const timeTick = async (stack: BenchStack, name: string): Promise<Figures> => {
  const t0 = performance.now();
  const report = await runTick(stack.deps, { deadline: Infinity, jobs: tickJobs(logSender(stack.deps)) });
  const ms = performance.now() - t0;
  const steps = report.done.reduce((sum, d) => sum + d.count, 0);
  return oneRun(`${name} (${steps} steps)`, ms);
};

/**
 * Scheduler tick time over 10 000 and then 100 000 open tickets: the first tick works off the
 * backlog of warnings and 督办 already due; a tick 5 minutes later is the steady state.
 */
export const benchScheduler = async (stack: BenchStack): Promise<Figures[]> => {
  // A Wednesday 10:00 at +08:00: inside business hours, so deadlines fall due between ticks.
  let now = utcMsAt('2026-12-02', 10, 0);
  stack.deps.clock = { now: () => now };
  const rows: Figures[] = [];
  let seeded = 0;
  for (const size of SIZES) {
    const t0 = performance.now();
    await seedOpenTickets(stack.store, seeded, size, now);
    process.stderr.write(`seeded ${size - seeded} open tickets in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    seeded = size;
    rows.push(await timeTick(stack, `scheduler tick, backlog, ${size / 1000}k open`));
    now += 5 * 60_000;
    rows.push(await timeTick(stack, `scheduler tick, +5 min, ${size / 1000}k open`));
    rows.push(await timeTick(stack, `scheduler tick, repeated, ${size / 1000}k open`));
  }
  return rows;
};
