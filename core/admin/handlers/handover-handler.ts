import type { AdminHandler } from '../admin-actions';
import { staffRepo, type StaffMember } from '@core/identity';
import {
  appendTicketEvents,
  isOpenTicket,
  saveTicketChange,
  ticketIndexFields,
  ticketInTx,
  ticketRepo,
} from '@core/tickets';
import { appendVisitEvents, hostedVisits, OPEN_VISIT_STATUSES, visitWrites } from '@core/visits';
import { conflict, notFound } from '@core/kernel/errors';
import { noteAudit, type HandlerContext } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';

/** Items per transaction: each moves a document and appends its timeline line (≈ 2 writes each). */
export const HANDOVER_BATCH = 20;
/** Transactions per call, so one call stays well inside a cloud function's time limit. */
export const HANDOVER_MAX_BATCHES = 10;

const backupOf = async (ctx: HandlerContext, staff: StaffMember): Promise<StaffMember> => {
  if (!staff.backupUserId) throw conflict('此人未指定AB岗，请先在“休假与AB岗”中指定');
  const backup = await staffRepo(ctx.deps.store).staffMember(staff.backupUserId);
  if (!backup || !backup.isActive || backup.status === 'left' || backup.status === 'pending')
    throw conflict('AB岗人员不在岗，请另选AB岗');
  if (backup.isOnLeave) throw conflict('AB岗人员也在休假，请另选AB岗');
  return backup;
};

/** One kind of work a handover moves: the next page still held, and one item moved (false: no longer held). */
interface HeldWork {
  kind: 'tickets' | 'visits';
  nextPage: () => Promise<{ id: string }[]>;
  moveOne: (tx: TxStore, id: string) => Promise<boolean>;
}

/**
 * 一键移交 to the AB岗: page by page over the person's open tickets and visits (each page re-read,
 * so what moved drops out), one transaction per page with a timeline line on each item naming who
 * handed over and why; each transaction carries its own audit record of exactly what it moved.
 */
export const handOverToBackup: AdminHandler<'admin.staff.handover'> = async ({ staffUserId, reason }, ctx) => {
  const { store, clock, ids } = ctx.deps;
  const staff = await staffRepo(store).staffMember(staffUserId);
  if (!staff) throw notFound('人员不存在');
  noteAudit(ctx, { target: `staff/${staffUserId}` });
  const to = await backupOf(ctx, staff);
  const now = clock.now();
  const actor = { userId: ctx.caller.user?.id ?? null, name: ctx.caller.user?.name ?? '管理员' };
  const line = `AB岗移交：${actor.name}将${staff.name}的工作移交给${to.name}（${to.title}）：${reason}`;
  const person = { userId: to.userId, name: to.name, title: to.title };
  let batches = 0;

  const note = (kind: HeldWork['kind'], moved: string[]) =>
    noteAudit(ctx, {
      target: `staff/${staffUserId}`,
      before: { holderUserId: staffUserId },
      after: { holderUserId: to.userId, reason, [kind]: moved },
    });

  const moveAll = async ({ kind, nextPage, moveOne }: HeldWork): Promise<number> => {
    let moved = 0;
    while (batches < HANDOVER_MAX_BATCHES) {
      const items = await nextPage();
      if (items.length === 0) break;
      batches += 1;
      note(
        kind,
        items.map((item) => item.id),
      );
      moved += await store.transaction(async (tx) => {
        let count = 0;
        for (const seen of items) if (await moveOne(tx, seen.id)) count += 1;
        return count;
      });
    }
    return moved;
  };

  const movedTickets = await moveAll({
    kind: 'tickets',
    nextPage: async () => (await ticketRepo(store).openHeldBy(staffUserId, HANDOVER_BATCH)).items,
    moveOne: async (tx, id) => {
      const t = await ticketInTx(tx, id);
      if (!t || !isOpenTicket(t.status) || t.assigneeUserId !== staffUserId) return false;
      const next = await saveTicketChange(tx, t.id, t.version, {
        assignee: person,
        assigneeUserId: to.userId,
        ...ticketIndexFields(t.status, to.userId, t.leaderUserId, t.teamIds[0] ?? null),
        updatedAt: now,
      });
      await appendTicketEvents(tx, ids, next, actor, now, [{ kind: 'reassigned', text: line }]);
      return true;
    },
  });
  const movedVisits = await moveAll({
    kind: 'visits',
    nextPage: async () => (await hostedVisits(store).openPage(staffUserId, HANDOVER_BATCH)).items,
    moveOne: async (tx, id) => {
      const writes = visitWrites(tx);
      const visit = await writes.current(id);
      if (!visit || !OPEN_VISIT_STATUSES.includes(visit.status) || visit.hostUserId !== staffUserId) return false;
      const next = await writes.change(visit, { host: person, hostUserId: to.userId, updatedAt: now });
      await appendVisitEvents(tx, ids, next, actor, now, [{ kind: 'routed', text: line }]);
      return true;
    },
  });
  const isDone =
    batches < HANDOVER_MAX_BATCHES ||
    ((await ticketRepo(store).openLoadOf(staffUserId)) === 0 &&
      (await hostedVisits(store).openCount(staffUserId)) === 0);
  // Nothing left to move: the request is still audited (by the dispatcher), with what it found.
  if (movedTickets + movedVisits === 0) note('tickets', []);
  return { toUserId: to.userId, toName: to.name, movedTickets, movedVisits, isDone };
};
