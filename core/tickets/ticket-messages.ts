import type { Ticket } from './ticket';
import { PAGE_LINKS } from '@core/messages';
import type { InboxDraft } from '@core/messages';

/** What each change of a ticket tells whom, in the message centre. */

const toOwner = (t: Ticket, title: string, body: string): InboxDraft => ({
  recipientUserId: t.ownerUserId,
  title,
  body,
  page: PAGE_LINKS.enterpriseTicket(t.id),
});

const toStaff = (userId: string | null, t: Ticket, title: string, body: string): InboxDraft[] =>
  userId ? [{ recipientUserId: userId, title, body, page: PAGE_LINKS.staffTicket(t.id) }] : [];

const what = (t: Ticket) => `${t.enterpriseName}的“${t.categoryName}”申请`;

export const createdMessages = (t: Ticket): InboxDraft[] => [
  toOwner(
    t,
    '服务申请已提交',
    `您的“${t.categoryName}”申请已提交，${t.assignee ? `由${t.assignee.name}负责办理` : '正在分派专人办理'}。`,
  ),
  ...toStaff(t.assigneeUserId, t, '新的服务工单', `${what(t)}已分派给您，请及时受理。`),
  ...toStaff(
    t.leaderUserId,
    t,
    t.assigneeUserId ? '负责项目新增服务申请' : '服务申请待指派',
    t.assigneeUserId ? `${what(t)}已分派给${t.assignee?.name ?? ''}。` : `${what(t)}暂无可分派人员，请指派专人。`,
  ),
];

export const acceptedMessages = (t: Ticket): InboxDraft[] => [
  toOwner(t, '服务申请已受理', `${t.assignee?.name ?? '服务专员'}已受理您的“${t.categoryName}”申请。`),
];

export const handedOverMessages = (t: Ticket, reason: string): InboxDraft[] =>
  toStaff(t.assigneeUserId, t, '转给您的服务工单', `${what(t)}转由您办理：${reason}`);

export const materialsRequestedMessages = (t: Ticket): InboxDraft[] => [
  toOwner(t, '请补充材料', `“${t.categoryName}”申请需补充：${t.requestedMaterials.join('、')}。`),
];

export const supplementedMessages = (t: Ticket): InboxDraft[] =>
  toStaff(t.assigneeUserId, t, '企业已补充材料', `${what(t)}已补充材料，请继续办理。`);

export const repliedMessages = (t: Ticket): InboxDraft[] => [
  toOwner(t, '服务申请有新答复', `您的“${t.categoryName}”申请有新的答复。`),
];

export const resolvedMessages = (t: Ticket): InboxDraft[] => [
  toOwner(t, '服务申请已解决', `您的“${t.categoryName}”申请已办理完成，请查看办理结果。`),
];

export const cancelledMessages = (t: Ticket): InboxDraft[] =>
  toStaff(t.assigneeUserId, t, '企业已取消申请', `${what(t)}已被企业取消。`);

export const reopenedMessages = (t: Ticket, reason: string): InboxDraft[] => [
  ...toStaff(t.assigneeUserId, t, '企业重新打开申请', `${what(t)}被重新打开：${reason}`),
  ...toStaff(t.leaderUserId, t, '负责项目的申请被重新打开', `${what(t)}被重新打开：${reason}`),
];
