import type { Visit } from './visit';
import type { HandlerContext } from '@core/kernel/deps';
import { notFound } from '@core/kernel/errors';
import { sendInboxMessages, type InboxDraft } from '@core/messages';
import { visitRepo } from './visit-repo';
import type { DocPatch, TxStore } from '@core/kernel/store/doc-store';
import { requireViewer, type VisitViewer } from './visit-access';
import { transactWithRetry } from './transact-with-retry';
import { appendVisitEvents, type EventDraft } from './repo/visit-events';
import { visitWrites } from './repo/visit-writes';
import { loadBookingRules, type BookingRules } from './visit-rules';
import { toVisitView, type VisitView } from './visit-view';

export interface ChangePlan {
  patch: DocPatch<Visit>;
  events: EventDraft[];
  /** Slot moves (release, reserve) and messages, inside the same transaction. */
  alsoInTx?: (tx: TxStore, updated: Visit) => Promise<void>;
  /** Who hears of the change, in the message centre. */
  messages?: (updated: Visit) => InboxDraft[];
}

/**
 * The one way a visit changes: authorise on a first read, then inside a transaction re-read it,
 * let `plan` check the status and decide, compare-and-set on the version just read, and append the
 * timeline. A racing change makes the loser's plan or CAS fail with CONFLICT and writes nothing.
 */
export const changeVisit = async (
  ctx: HandlerContext,
  visitId: string,
  allowed: readonly VisitViewer[],
  plan: (visit: Visit, rules: BookingRules, now: number, viewer: VisitViewer) => ChangePlan,
): Promise<VisitView> => {
  const { store, clock, ids } = ctx.deps;
  const repo = visitRepo(store);
  const { viewer } = await requireViewer(store, ctx.caller, await repo.get(visitId), allowed);
  const rules = await loadBookingRules(store);
  const now = clock.now();
  const actor = { userId: ctx.caller.user?.id ?? null, name: ctx.caller.user?.name ?? '访客' };
  const updated = await transactWithRetry(store, async (tx) => {
    const current = await visitWrites(tx).current(visitId);
    if (!current) throw notFound();
    const decided = plan(current, rules, now, viewer);
    const next = await visitWrites(tx).change(current, { ...decided.patch, updatedAt: now });
    await decided.alsoInTx?.(tx, next);
    await appendVisitEvents(tx, ids, next, actor, now, decided.events);
    await sendInboxMessages(tx, ids, now, decided.messages?.(next) ?? []);
    return next;
  });
  return toVisitView(updated, viewer, await repo.events(visitId), rules.settings, now);
};
