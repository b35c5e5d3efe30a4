import type { WorkingTime } from '@core/kernel/calendar/working-time';
import { FOLLOW_UP_WORKING_DAYS, isBadRating, RATING_LABELS, type RatingFollowUp, type TicketRating } from './rating';
import type { AssessmentEntry } from './supervision';
import type { Ticket } from './ticket';
import type { IdSource } from '@core/kernel/deps';
import { PAGE_LINKS } from '@core/messages';
import { sendInboxMessages } from '@core/messages';
import { writeLedger } from './assessment-ledger';
import { ticketSla } from './deadlines/ticket-sla';
import type { TxStore } from '@core/kernel/store/doc-store';
import { openFollowUp } from './repo/ticket-writes';

export const ratingText = (r: TicketRating) =>
  `评价：${RATING_LABELS[r.level]}（${r.level}）${r.comment ? `，${r.comment}` : ''}`;

/**
 * What a confirmation leaves behind, in the confirming transaction: an on-time closure is credited
 * in the ledger; a bad rating is debited and opens a 整改 owned by the responsible leader, due in
 * five working days, of which the leader hears at once.
 */
export const recordConfirmation = async (
  tx: TxStore,
  ids: IdSource,
  closed: Ticket,
  time: WorkingTime,
  now: number,
): Promise<void> => {
  const ledger = (kind: AssessmentEntry['kind'], note: string) => writeLedger(tx, ids, closed, kind, note, now);
  if (ticketSla(closed, time, now)?.resolution.state !== 'overdue') await ledger('on_time_close', '按时办结');
  const rating = closed.rating;
  if (!rating || !isBadRating(rating.level)) return;
  await ledger('bad_rating', ratingText(rating));
  const followUp: RatingFollowUp = {
    id: ids.newId(),
    version: 1,
    ticketId: closed.id,
    leaderUserId: closed.leaderUserId,
    status: 'open',
    categoryName: closed.categoryName,
    enterpriseName: closed.enterpriseName,
    assigneeName: closed.assignee?.name ?? null,
    rating,
    dueAt: time.addWorkingDaysOfTime(now, FOLLOW_UP_WORKING_DAYS),
    contact: null,
    summary: null,
    createdAt: now,
    closedAt: null,
  };
  await openFollowUp(tx, followUp);
  if (closed.leaderUserId) {
    await sendInboxMessages(tx, ids, now, [
      {
        recipientUserId: closed.leaderUserId,
        title: '差评整改',
        body: `${closed.enterpriseName}对“${closed.categoryName}”${ratingText(rating)}，请于5个工作日内回访整改。`,
        page: PAGE_LINKS.staffTicket(closed.id),
      },
    ]);
  }
};
