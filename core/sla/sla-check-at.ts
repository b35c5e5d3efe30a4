import type { WorkingTime } from '../calendar/working-time';
import { workingMinutesPerDay } from '../calendar/working-time';
import { isOpenTicket, type Ticket } from '../domain/ticket';
import { WARNING_MINUTES, WARNING_SHARE } from './sla-clock';
import { SLA_PAUSING_STATUSES } from './ticket-sla';

const MINUTE = 60_000;

export type SlaCheckFields = Pick<
  Ticket,
  'status' | 'targets' | 'createdAt' | 'respondedAt' | 'resolvedAt' | 'slaPauses' | 'escalation'
>;

/** The office hears of a ticket this many working days after it went overdue and still is. */
export const OFFICE_ESCALATION_WORKING_DAYS = 1;

/**
 * The next instant at which the scheduler has something to decide about a ticket: its first
 * warning, the 督办 at the deadline, the office a working day later. Stored (indexed) on the ticket
 * so each tick reads only the tickets that are due instead of scanning every open one; recomputed on
 * every change and after every step. Null while paused or done: nothing can fall due then.
 */
export const nextSlaCheckAt = (t: SlaCheckFields, time: WorkingTime): number | null => {
  if (!isOpenTicket(t.status) || SLA_PAUSING_STATUSES.includes(t.status)) return null;
  const pausedMs = t.slaPauses.reduce(
    (sum, p) => sum + (p.end === null ? 0 : time.workingMsBetween(p.start, p.end)),
    0,
  );
  const running = [
    { targetMinutes: t.targets.responseWorkingHours * 60, isStopped: t.respondedAt !== null },
    { targetMinutes: t.targets.resolutionWorkingDays * workingMinutesPerDay(), isStopped: t.resolvedAt !== null },
  ].filter((c) => !c.isStopped);
  const instants = running.map(({ targetMinutes }) => {
    const warnAfter = Math.max(0, targetMinutes - Math.max(targetMinutes * WARNING_SHARE, WARNING_MINUTES));
    const dueAt = time.addWorkingMs(t.createdAt, targetMinutes * MINUTE + pausedMs);
    return {
      warnAt: time.addWorkingMs(t.createdAt, warnAfter * MINUTE + pausedMs),
      // Overdue is strictly after the deadline.
      overdueAt: dueAt + 1,
      officeAt: time.addWorkingDaysOfTime(dueAt, OFFICE_ESCALATION_WORKING_DAYS),
    };
  });
  const { warnedAt, supervisedAt, escalatedAt } = t.escalation;
  const pick = (key: 'warnAt' | 'overdueAt' | 'officeAt') =>
    instants.length ? Math.min(...instants.map((i) => i[key])) : null;
  if (warnedAt === null) return pick('warnAt');
  if (supervisedAt === null) return pick('overdueAt');
  if (escalatedAt === null) return pick('officeAt');
  return null;
};
