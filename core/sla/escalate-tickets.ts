import type { WorkingTime } from '@core/kernel/calendar/working-time';
import {
  SLA_CLOCK_LABELS,
  SLA_CLOCK_NAMES,
  type SlaClockName,
  type SupervisionItem,
  type SupervisionLevel,
  type TicketEscalation,
} from '@core/tickets';
import type { Ticket } from '@core/tickets';
import type { HandlerDeps } from '@core/kernel/deps';
import { sendInboxMessages, type InboxDraft } from '@core/messages';
import type { TxStore } from '@core/kernel/store/doc-store';
import { runDueTicketSteps } from '@core/tickets';
import { appendTicketEvents, type TicketEventDraft } from '@core/tickets';
import { loadWorkingTime } from '@core/settings';
import { nextSlaCheckAt, OFFICE_ESCALATION_WORKING_DAYS } from '@core/tickets';
import { supervisedMessages, warningMessages } from './sla-messages';
import { ticketSla } from '@core/tickets';
import { writeLedger } from '@core/tickets';
import { raiseSupervisionItem, saveTicketChange, ticketInTx } from '@core/tickets';

/** A ticket looked at with nothing to do yet is looked at again no sooner than this. */
const MIN_RECHECK_MS = 60_000;
const SYSTEM = { userId: null, name: '系统督办' };

const supervisionItem = (
  id: string,
  t: Ticket,
  clock: SlaClockName,
  level: SupervisionLevel,
  dueAt: number,
  now: number,
): SupervisionItem => ({
  id,
  version: 1,
  ticketId: t.id,
  clock,
  level,
  leaderUserId: level === 'leader' ? t.leaderUserId : null,
  categoryName: t.categoryName,
  enterpriseName: t.enterpriseName,
  assigneeName: t.assignee?.name ?? null,
  dueAt,
  createdAt: now,
});

/**
 * One ticket's due steps, inside one transaction that re-reads it and stamps each step on it, per
 * clock: two overlapping ticks race on the ticket's version and only one writes (the other gets
 * CONFLICT and leaves it), so each warning, 督办 and office escalation happens once only.
 */
const escalateOne = async (tx: TxStore, deps: HandlerDeps, time: WorkingTime, id: string, now: number) => {
  const t = await ticketInTx(tx, id);
  if (!t || t.slaCheckAt === null || t.slaCheckAt > now) return 0;
  const sla = ticketSla(t, time, now);
  const escalation: TicketEscalation = {
    response: { ...t.escalation.response },
    resolution: { ...t.escalation.resolution },
  };
  const events: TicketEventDraft[] = [];
  const messages: InboxDraft[] = [];
  for (const name of SLA_CLOCK_NAMES) {
    const clock = sla?.[name];
    if (!clock || clock.isStopped) continue;
    const steps = escalation[name];
    const text = `${SLA_CLOCK_LABELS[name]}${clock.text}`;
    if (clock.state !== 'on_track' && steps.warnedAt === null) {
      steps.warnedAt = now;
      events.push({ kind: 'sla_warning', text: `即将超时提醒：${text}`, isInternal: true });
      messages.push(...warningMessages(t, text));
    }
    if (clock.state !== 'overdue') continue;
    if (steps.supervisedAt === null) {
      steps.supervisedAt = now;
      await raiseSupervisionItem(tx, supervisionItem(deps.ids.newId(), t, name, 'leader', clock.dueAt, now));
      await writeLedger(tx, deps.ids, t, 'breach', `${SLA_CLOCK_LABELS[name]}超时`, now);
      events.push({ kind: 'supervised', text: `已超时，报负责领导${t.leader?.name ?? ''}督办：${text}` });
      messages.push(...supervisedMessages(t, text));
    }
    const officeAt = time.addWorkingDaysOfTime(clock.dueAt, OFFICE_ESCALATION_WORKING_DAYS);
    if (steps.escalatedAt === null && now >= officeAt) {
      steps.escalatedAt = now;
      await raiseSupervisionItem(tx, supervisionItem(deps.ids.newId(), t, name, 'office', clock.dueAt, now));
      events.push({ kind: 'escalated', text: `超时一个工作日仍未完成，已报招商服务办公室督办：${text}` });
    }
  }
  const next = nextSlaCheckAt({ ...t, escalation }, time);
  const updated = await saveTicketChange(tx, t.id, t.version, {
    escalation,
    slaCheckAt: next === null ? null : Math.max(next, now + MIN_RECHECK_MS),
  });
  await appendTicketEvents(tx, deps.ids, updated, SYSTEM, now, events);
  await sendInboxMessages(tx, deps.ids, now, messages);
  return events.length;
};

/**
 * The scheduler's SLA job (限时办结 · 督办): reads only the tickets whose next check has come
 * (indexed `slaCheckAt`), oldest first, a page at a time. Returns how many steps it took.
 */
export const escalateDueTickets = async (deps: HandlerDeps, deadline = Infinity): Promise<number> => {
  const now = deps.clock.now();
  const time = await loadWorkingTime(deps.store);
  return runDueTicketSteps(deps, { checkField: 'slaCheckAt', now, deadline }, (tx, id) =>
    escalateOne(tx, deps, time, id, now),
  );
};
