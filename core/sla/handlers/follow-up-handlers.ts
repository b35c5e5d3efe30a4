import type { SupervisionHandler } from '../supervision-actions';
import { followUpInTx, followUpsPage, isRatingFollowUp, saveFollowUp, type FollowUp } from '@core/tickets';
import { forbidden, invalidInput, notFound } from '@core/kernel/errors';
import type { Filter } from '@core/kernel/store/doc-store';
import type { HandlerContext } from '@core/kernel/deps';

export const toFollowUpView = ({ version: _version, ...rest }: FollowUp) => rest;
const view = toFollowUpView;

export const followUps: SupervisionHandler<'tickets.followUps'> = async (input, { caller, deps }) => {
  const userId = caller.user?.id;
  if (!userId) throw forbidden();
  const mine: Filter = caller.roles.includes('admin') ? {} : { leaderUserId: userId };
  const page = await followUpsPage(deps.store, { ...mine, status: input.status }, input);
  return { items: page.items.map(view), next: page.next };
};

/** The leader who owns it, or the office; anyone else is told it does not exist. */
const changeFollowUp = async (
  ctx: HandlerContext,
  id: string,
  change: (f: FollowUp, now: number) => Partial<FollowUp>,
) => {
  const { store, clock } = ctx.deps;
  const userId = ctx.caller.user?.id;
  const isOffice = ctx.caller.roles.includes('admin');
  const now = clock.now();
  const updated = await store.transaction(async (tx) => {
    const f = await followUpInTx(tx, id);
    if (!f || (!isOffice && f.leaderUserId !== userId)) throw notFound();
    if (f.status === 'closed') throw invalidInput('followUpId', '该整改已关闭');
    return saveFollowUp(tx, id, f.version, change(f, now));
  });
  return view(updated);
};

export const recordFollowUp: SupervisionHandler<'tickets.recordFollowUp'> = ({ followUpId, who, at, said }, ctx) =>
  changeFollowUp(ctx, followUpId, (f, now) => {
    if (at > now) throw invalidInput('at', '回访时间不能晚于现在');
    // The contact answers the rating: it cannot have happened before the enterprise rated.
    if (isRatingFollowUp(f) && at < f.rating.at) throw invalidInput('at', '回访时间不能早于企业评价的时间');
    // A round's 整改 answers its published result: the contact cannot predate it.
    if (!isRatingFollowUp(f) && at < f.createdAt) throw invalidInput('at', '回访时间不能早于评议结果公布的时间');
    return { contact: { who, at, said, recordedAt: now } };
  });

export const closeFollowUp: SupervisionHandler<'tickets.closeFollowUp'> = ({ followUpId, summary }, ctx) =>
  changeFollowUp(ctx, followUpId, (f, now) => {
    // 整改 is not done on paper: someone must have spoken to the enterprise first.
    if (!f.contact) throw invalidInput('followUpId', '请先记录回访情况（回访对象、时间、内容）');
    return { status: 'closed', summary, closedAt: now };
  });
