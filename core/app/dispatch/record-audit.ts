import { appendAudit, appendAuditIn, type AuditDraft } from '@core/audit';
import type { RequestSource } from '@core/audit';
import type { Caller } from '@core/kernel/caller';
import type { Envelope } from '@core/kernel/errors';
import type { AuditNote, HandlerDeps } from '@core/kernel/deps';
import type { DocStore } from '@core/kernel/store/doc-store';
import { withTransaction } from './store-view';

export interface AuditedCall {
  caller: Caller;
  action: string;
  audit: AuditNote;
  requestId: string | null;
  source: RequestSource;
}

const draftOf = (deps: HandlerDeps, call: AuditedCall, result: AuditDraft['result']): AuditDraft => ({
  at: deps.clock.now(),
  actorUserId: call.caller.user?.id ?? null,
  actorOpenid: call.caller.openid,
  actorName: call.caller.user?.name ?? null,
  actorRoles: call.caller.roles,
  action: call.action,
  target: call.audit.target,
  before: call.audit.before,
  after: result === 'ok' ? call.audit.after : null,
  result,
  requestId: call.requestId,
  source: call.source,
});

/**
 * The store an audited handler writes through: each of its transactions ends by appending the audit
 * record of what that transaction changed (the handler's note as it stands when the work is done),
 * so the change and its record commit together — a crash cannot leave one without the other.
 * A handler notes its target, before and after before its transaction's work returns.
 */
export const auditedStore = (store: DocStore, deps: HandlerDeps, call: AuditedCall) => {
  let committed = 0;
  const audited = withTransaction(store, async (work) => {
    const result = await store.transaction(async (tx) => {
      const value = await work(tx);
      await appendAuditIn(tx, draftOf(deps, call, 'ok'));
      return value;
    });
    committed += 1;
    return result;
  });
  return { store: audited, committedWrites: () => committed };
};

/**
 * The record of an audited request none of whose transactions committed: a refusal or failure (with
 * its error code), or an action that changes no document (an export). An outcome after a committed
 * transaction that still failed is recorded too, beside the record of what did commit.
 */
export const recordAudit = async (deps: HandlerDeps, call: AuditedCall, answer: Envelope<unknown>): Promise<void> => {
  await appendAudit(deps.store, draftOf(deps, call, answer.ok ? 'ok' : answer.error.code));
};
