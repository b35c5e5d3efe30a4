import type { Ticket } from '@core/tickets';
import { PAGE_LINKS } from '@core/messages';
import type { InboxDraft } from '@core/messages';

/** What the scheduler's warnings and 督办 tell whom. */

const toStaff = (userId: string | null, t: Ticket, title: string, body: string): InboxDraft[] =>
  userId ? [{ recipientUserId: userId, title, body, page: PAGE_LINKS.staffTicket(t.id) }] : [];

const what = (t: Ticket) => `${t.enterpriseName}的“${t.categoryName}”申请`;

/** The owner (assignee), or the leader while nobody has it yet. */
export const warningMessages = (t: Ticket, slaText: string): InboxDraft[] =>
  toStaff(t.assigneeUserId ?? t.leaderUserId, t, '工单即将超时', `${what(t)}${slaText}，请尽快办理。`);

export const supervisedMessages = (t: Ticket, slaText: string): InboxDraft[] => [
  ...toStaff(
    t.leaderUserId,
    t,
    '督办：工单已超时',
    `${what(t)}${slaText}，经办人${t.assignee?.name ?? '未指派'}，请督办。`,
  ),
  ...toStaff(t.assigneeUserId, t, '工单已超时，已报负责领导督办', `${what(t)}${slaText}。`),
];
