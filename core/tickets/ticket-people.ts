import { staffRepo, type StaffMember } from '@core/identity';
import type { TicketPerson } from './ticket';
import { invalidInput } from '@core/kernel/errors';
import type { DocStore } from '@core/kernel/store/doc-store';

export const toTicketPerson = (s: StaffMember): TicketPerson => ({ userId: s.userId, name: s.name, title: s.title });

export const staffMember = (store: DocStore, userId: string) => staffRepo(store).staffMember(userId);

/** A named colleague to hand a ticket to: active, at work, and not the person handing it on. */
export const requireColleague = async (store: DocStore, toUserId: string, fromUserId: string | null) => {
  const colleague = await staffMember(store, toUserId);
  if (!colleague || !colleague.isActive) throw invalidInput('toUserId', '所选同事不存在或已离岗');
  if (colleague.userId === fromUserId) throw invalidInput('toUserId', '不能转给当前经办人本人');
  if (colleague.isOnLeave) throw invalidInput('toUserId', `${colleague.name}正在休假，请选择其AB岗同事`);
  return colleague;
};
