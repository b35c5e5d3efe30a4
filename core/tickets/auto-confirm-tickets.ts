import type { WorkingTime } from '@core/kernel/calendar/working-time';
import type { Ticket } from './ticket';
import type { HandlerDeps } from '@core/kernel/deps';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { PAGE_LINKS } from '@core/messages';
import { sendInboxMessages } from '@core/messages';
import { loadWorkingTime } from '@core/settings';
import { nextSlaPauses } from './deadlines/ticket-sla';
import type { TxStore } from '@core/kernel/store/doc-store';
import { autoConfirmAt } from './confirm-deadlines';
import { recordConfirmation } from './confirm-effects';
import { runDueTicketSteps } from './run-due-ticket-steps';
import { appendTicketEvents, SYSTEM_ACTOR } from './ticket-events';
import { ticketIndexFields } from './ticket-index-fields';
import { saveTicketChange, ticketInTx } from './repo/ticket-writes';

/** After a late notice (the scheduler was down) the enterprise still gets this long before confirmation. */
const MIN_NOTICE_MS = 60 * 60_000;

const toOwner = (t: Ticket, title: string, body: string) => ({
  recipientUserId: t.ownerUserId,
  title,
  body,
  page: PAGE_LINKS.enterpriseTicket(t.id),
});

/** One resolved ticket's due step in one transaction that re-reads and stamps it: the notice, or the confirmation. */
const confirmOne = async (tx: TxStore, deps: HandlerDeps, time: WorkingTime, id: string, now: number) => {
  const t = await ticketInTx(tx, id);
  if (!t || t.status !== 'resolved' || t.resolvedAt === null || t.confirmCheckAt === null || t.confirmCheckAt > now)
    return 0;
  if (t.confirmNoticedAt === null) {
    const confirmAt = Math.max(autoConfirmAt(t.resolvedAt, time), now + MIN_NOTICE_MS);
    const updated = await saveTicketChange(tx, t.id, t.version, {
      confirmNoticedAt: now,
      confirmCheckAt: confirmAt,
    });
    const when = formatDateTimeZh(confirmAt);
    await appendTicketEvents(tx, deps.ids, updated, SYSTEM_ACTOR, now, [
      { kind: 'confirm_notice', text: `提醒企业确认：如无异议，将于${when}自动确认办结` },
    ]);
    await sendInboxMessages(tx, deps.ids, now, [
      toOwner(
        t,
        '请确认办结',
        `您的“${t.categoryName}”申请已办理完成。如无异议，将于${when}自动确认办结；如未解决，请在详情页说明。`,
      ),
    ]);
    return 1;
  }
  const closed = await saveTicketChange(tx, t.id, t.version, {
    status: 'closed',
    ...ticketIndexFields('closed', t.assigneeUserId, t.leaderUserId, t.teamIds[0] ?? null),
    slaPauses: nextSlaPauses(t.slaPauses, 'resolved', 'closed', now) ?? t.slaPauses,
    slaCheckAt: null,
    confirmCheckAt: null,
    updatedAt: now,
  });
  await appendTicketEvents(tx, deps.ids, closed, SYSTEM_ACTOR, now, [
    { kind: 'closed', text: '企业5个工作日内未确认，系统自动确认办结' },
  ]);
  await recordConfirmation(tx, deps.ids, closed, time, now);
  await sendInboxMessages(tx, deps.ids, now, [
    toOwner(t, '已自动确认办结', `您的“${t.categoryName}”申请已自动确认办结。`),
  ]);
  return 1;
};

/**
 * The scheduler's confirmation job: resolved tickets nobody confirmed get a notice a working day
 * before, then are confirmed 5 working days after resolution. Reads only tickets whose indexed
 * `confirmCheckAt` has come; each step is stamped on the ticket, so it happens once.
 */
export const autoConfirmResolvedTickets = async (deps: HandlerDeps, deadline = Infinity): Promise<number> => {
  const now = deps.clock.now();
  const time = await loadWorkingTime(deps.store);
  return runDueTicketSteps(deps, { checkField: 'confirmCheckAt', now, deadline }, (tx, id) =>
    confirmOne(tx, deps, time, id, now),
  );
};
