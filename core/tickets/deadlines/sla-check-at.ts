import type { WorkingTime } from '@core/kernel/calendar/working-time';
import { workingMinutesPerDay } from '@core/kernel/calendar/working-time';
import type { SlaClockName } from '../supervision';
import { isOpenTicket, type Ticket } from '../ticket';
import { warningThresholdMinutes } from './sla-clock';
import { SLA_PAUSING_STATUSES } from './ticket-sla';

const MINUTE = 60_000;

export type SlaCheckFields = Pick<
  Ticket,
  'status' | 'targets' | 'createdAt' | 'respondedAt' | 'resolvedAt' | 'slaPauses' | 'escalation'
>;

/** The office hears of a ticket this many working days after it went overdue and still is. */
export const OFFICE_ESCALATION_WORKING_DAYS = 1;

/**
 * The next instant at which the scheduler has something to decide about a ticket: for each running
 * clock its first warning, the 督办 at the deadline, the office a working day later. Stored
 * (indexed) on the ticket so each tick reads only the tickets that are due instead of scanning every
 * open one; recomputed on every change and after every step. Null while paused or done.
 */
export const nextSlaCheckAt = (t: SlaCheckFields, time: WorkingTime): number | null => {
  if (!isOpenTicket(t.status) || SLA_PAUSING_STATUSES.includes(t.status)) return null;
  const pausedMs = t.slaPauses.reduce(
    (sum, p) => sum + (p.end === null ? 0 : time.workingMsBetween(p.start, p.end)),
    0,
  );
  const clocks: { name: SlaClockName; targetMinutes: number; isStopped: boolean }[] = [
    { name: 'response', targetMinutes: t.targets.responseWorkingHours * 60, isStopped: t.respondedAt !== null },
    {
      name: 'resolution',
      targetMinutes: t.targets.resolutionWorkingDays * workingMinutesPerDay(),
      isStopped: t.resolvedAt !== null,
    },
  ];
  const next = clocks
    .filter((c) => !c.isStopped)
    .map(({ name, targetMinutes }) => {
      const { warnedAt, supervisedAt, escalatedAt } = t.escalation[name];
      const dueAt = time.addWorkingMs(t.createdAt, targetMinutes * MINUTE + pausedMs);
      if (warnedAt === null) {
        const warnAfter = targetMinutes - warningThresholdMinutes(targetMinutes);
        return time.addWorkingMs(t.createdAt, warnAfter * MINUTE + pausedMs);
      }
      // Overdue is strictly after the deadline.
      if (supervisedAt === null) return dueAt + 1;
      if (escalatedAt === null) return time.addWorkingDaysOfTime(dueAt, OFFICE_ESCALATION_WORKING_DAYS);
      return null;
    })
    .filter((at): at is number => at !== null);
  return next.length ? Math.min(...next) : null;
};
