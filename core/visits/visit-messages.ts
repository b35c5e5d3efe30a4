import { HALF_DAY_LABELS, type Visit } from './visit';
import type { InboxDraft } from '@core/messages';
import { PAGE_LINKS } from '@core/messages';
import type { SubscribeDraft } from '@core/notify';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';

/** What each change of a visit tells whom (C9's in-app half). */

const when = (v: Pick<Visit, 'date' | 'halfDay'>) => `${v.date} ${HALF_DAY_LABELS[v.halfDay]}`;
const where = (v: Visit) => v.parkNames.join('、');

const toOwner = (v: Visit, title: string, body: string, subscribe?: SubscribeDraft): InboxDraft => ({
  recipientUserId: v.ownerUserId,
  title,
  body,
  page: PAGE_LINKS.investorVisit(v.id),
  ...(subscribe ? { subscribe } : {}),
});

/** The WeChat copy of a visit's result: parks, time, a short status, a note. */
const resultCopy = (v: Visit, status: string, note: string): SubscribeDraft => ({
  template: 'visit_result',
  values: { thing1: where(v), time2: formatDateTimeZh(v.startsAt), phrase3: status, thing4: note },
});

const toStaff = (userIds: readonly string[], v: Visit, title: string, body: string): InboxDraft[] =>
  userIds.map((recipientUserId) => ({ recipientUserId, title, body, page: PAGE_LINKS.staffVisit(v.id) }));

/** The host, or the teams' leaders while nobody hosts. */
const hostOrLeaders = (v: Visit, leaderUserIds: readonly string[]) => (v.hostUserId ? [v.hostUserId] : leaderUserIds);

export const bookedMessages = (v: Visit, leaderUserIds: readonly string[]): InboxDraft[] => [
  toOwner(
    v,
    v.status === 'confirmed' ? '考察预约已确认' : '考察预约已提交',
    `${when(v)} 考察${where(v)}，${v.status === 'confirmed' ? '已确认，欢迎莅临' : '园区确认后会通知您'}。`,
  ),
  ...toStaff(
    hostOrLeaders(v, leaderUserIds),
    v,
    '新的考察预约',
    `${v.company} ${v.partySize}人，${when(v)} 考察${where(v)}，请确认接待。`,
  ),
  // Each park's team is told of the itinerary through its leader.
  ...toStaff(leaderUserIds, v, '园区新增考察预约', `${v.company} ${when(v)} 考察${where(v)}。`),
];

export const confirmedMessages = (v: Visit): InboxDraft[] => [
  toOwner(
    v,
    '考察预约已确认',
    `${when(v)} 考察${where(v)}，接待人：${v.host?.name ?? '园区接待人员'}。`,
    resultCopy(v, '已确认', `接待人：${v.host?.name ?? '园区接待人员'}`),
  ),
];

export const declinedMessages = (v: Visit, reason: string): InboxDraft[] => [
  toOwner(
    v,
    '考察预约未能安排',
    `${when(v)} 考察${where(v)}未能安排：${reason}。您可以重新预约其他时段。`,
    resultCopy(v, '未能安排', reason),
  ),
];

export const rescheduledMessages = (v: Visit, from: Pick<Visit, 'date' | 'halfDay'>, reason: string): InboxDraft[] =>
  v.hostUserId
    ? toStaff(
        [v.hostUserId],
        v,
        '客商申请改期',
        `${v.company} 由 ${when(from)} 改为 ${when(v)}：${reason}，请重新确认。`,
      )
    : [];

export const cancelledMessages = (v: Visit, reason: string): InboxDraft[] =>
  v.hostUserId ? toStaff([v.hostUserId], v, '客商取消考察', `${v.company} 取消了 ${when(v)} 的考察：${reason}。`) : [];

export const reminderMessages = (v: Visit): InboxDraft[] => [
  toOwner(v, '考察提醒', `您预约的 ${when(v)} 考察${where(v)}即将开始，接待人：${v.host?.name ?? '园区接待人员'}。`, {
    template: 'visit_reminder',
    values: {
      thing1: where(v),
      time2: formatDateTimeZh(v.startsAt),
      thing3: `接待人：${v.host?.name ?? '园区接待人员'}`,
    },
  }),
  ...(v.hostUserId
    ? toStaff([v.hostUserId], v, '接待提醒', `${v.company} ${v.partySize}人 ${when(v)} 考察${where(v)}。`)
    : []),
];
