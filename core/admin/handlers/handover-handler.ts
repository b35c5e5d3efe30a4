import type { AdminHandler } from '../admin-actions';
import type { StaffMember } from '@core/identity';
import { appendTicketEvents, inboxFilters, isOpenTicket, ticketIndexFields } from '@core/tickets';
import { appendVisitEvents, OPEN_VISIT_STATUSES } from '@core/visits';
import { conflict, notFound } from '@core/kernel/errors';
import { noteAudit, type HandlerContext } from '@core/kernel/deps';

/** Items per transaction: each moves a document and appends its timeline line (≈ 2 writes each). */
export const HANDOVER_BATCH = 20;
/** Transactions per call, so one call stays well inside a cloud function's time limit. */
export const HANDOVER_MAX_BATCHES = 10;

const backupOf = async (ctx: HandlerContext, staff: StaffMember): Promise<StaffMember> => {
  if (!staff.backupUserId) throw conflict('此人未指定AB岗，请先在“休假与AB岗”中指定');
  const backup = await ctx.deps.store.get('staff', staff.backupUserId);
  if (!backup || !backup.isActive || backup.status === 'left' || backup.status === 'pending')
    throw conflict('AB岗人员不在岗，请另选AB岗');
  if (backup.isOnLeave) throw conflict('AB岗人员也在休假，请另选AB岗');
  return backup;
};

/**
 * 一键移交 to the AB岗: page by page over the person's open tickets and visits (each page re-read,
 * so what moved drops out), one transaction per page with a timeline line on each item naming who
 * handed over and why; each transaction carries its own audit record of exactly what it moved.
 */
export const handOverToBackup: AdminHandler<'admin.staff.handover'> = async ({ staffUserId, reason }, ctx) => {
  const { store, clock, ids } = ctx.deps;
  const staff = await store.get('staff', staffUserId);
  if (!staff) throw notFound('人员不存在');
  noteAudit(ctx, { target: `staff/${staffUserId}` });
  const to = await backupOf(ctx, staff);
  const now = clock.now();
  const actor = { userId: ctx.caller.user?.id ?? null, name: ctx.caller.user?.name ?? '管理员' };
  const line = `AB岗移交：${actor.name}将${staff.name}的工作移交给${to.name}（${to.title}）：${reason}`;
  const person = { userId: to.userId, name: to.name, title: to.title };
  let movedTickets = 0;
  let movedVisits = 0;
  let batches = 0;

  const note = (collection: 'tickets' | 'visits', moved: string[]) =>
    noteAudit(ctx, {
      target: `staff/${staffUserId}`,
      before: { holderUserId: staffUserId },
      after: { holderUserId: to.userId, reason, [collection]: moved },
    });

  while (batches < HANDOVER_MAX_BATCHES) {
    const page = await store.find('tickets', { where: inboxFilters.mine(staffUserId), limit: HANDOVER_BATCH });
    if (page.items.length === 0) break;
    batches += 1;
    note(
      'tickets',
      page.items.map((t) => t.id),
    );
    movedTickets += await store.transaction(async (tx) => {
      let moved = 0;
      for (const seen of page.items) {
        const t = await tx.get('tickets', seen.id);
        if (!t || !isOpenTicket(t.status) || t.assigneeUserId !== staffUserId) continue;
        const next = await tx.update('tickets', t.id, t.version, {
          assignee: person,
          assigneeUserId: to.userId,
          ...ticketIndexFields(t.status, to.userId, t.leaderUserId, t.teamIds[0] ?? null),
          updatedAt: now,
        });
        await appendTicketEvents(tx, ids, next, actor, now, [{ kind: 'reassigned', text: line }]);
        moved += 1;
      }
      return moved;
    });
  }
  while (batches < HANDOVER_MAX_BATCHES) {
    const page = await store.find('visits', {
      where: { hostUserId: staffUserId, status: { in: OPEN_VISIT_STATUSES } },
      limit: HANDOVER_BATCH,
    });
    if (page.items.length === 0) break;
    batches += 1;
    note(
      'visits',
      page.items.map((v) => v.id),
    );
    movedVisits += await store.transaction(async (tx) => {
      let moved = 0;
      for (const seen of page.items) {
        const visit = await tx.get('visits', seen.id);
        if (!visit || !OPEN_VISIT_STATUSES.includes(visit.status) || visit.hostUserId !== staffUserId) continue;
        const next = await tx.update('visits', visit.id, visit.version, {
          host: person,
          hostUserId: to.userId,
          updatedAt: now,
        });
        await appendVisitEvents(tx, ids, next, actor, now, [{ kind: 'routed', text: line }]);
        moved += 1;
      }
      return moved;
    });
  }
  const isDone =
    batches < HANDOVER_MAX_BATCHES ||
    ((await store.count('tickets', inboxFilters.mine(staffUserId))) === 0 &&
      (await store.count('visits', { hostUserId: staffUserId, status: { in: OPEN_VISIT_STATUSES } })) === 0);
  // Nothing left to move: the request is still audited (by the dispatcher), with what it found.
  if (movedTickets + movedVisits === 0) note('tickets', []);
  return { toUserId: to.userId, toName: to.name, movedTickets, movedVisits, isDone };
};
