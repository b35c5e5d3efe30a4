import { appendAudit } from '@core/audit';
import type { RequestSource } from '@core/audit';
import type { Caller } from '@core/kernel/caller';
import type { Envelope } from '@core/kernel/errors';
import type { AuditNote, HandlerDeps } from '@core/kernel/deps';

export interface AuditedCall {
  caller: Caller;
  action: string;
  audit: AuditNote;
  requestId: string | null;
  source: RequestSource;
}

/** One audit record per audited request, with its result: ok, or the error code it ended with. */
export const recordAudit = async (deps: HandlerDeps, call: AuditedCall, answer: Envelope<unknown>): Promise<void> => {
  const { caller, audit } = call;
  await appendAudit(deps.store, {
    at: deps.clock.now(),
    actorUserId: caller.user?.id ?? null,
    actorOpenid: caller.openid,
    actorName: caller.user?.name ?? null,
    actorRoles: caller.roles,
    action: call.action,
    target: audit.target,
    before: audit.before,
    after: answer.ok ? audit.after : null,
    result: answer.ok ? 'ok' : answer.error.code,
    requestId: call.requestId,
    source: call.source,
  });
};
