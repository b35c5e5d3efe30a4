import { purgeOldAudit, verifyAuditChain } from '@core/audit/audit-log';
import type { AuditRecord } from '@core/audit/audit';
import { forbidden } from '@core/kernel/errors';
import { noteAudit, type Handler } from '@core/kernel/deps';

/** The auditor reads everything; an admin only what they did themselves (admin duties split). */
export const listAudit: Handler<'admin.audit.list'> = async ({ limit, cursor }, { caller, deps }) => {
  const isAuditor = caller.roles.includes('auditor');
  if (!isAuditor && !caller.user) throw forbidden();
  const page = await deps.store.find<AuditRecord>('audit_log', {
    where: isAuditor ? {} : { actorUserId: caller.user?.id ?? '' },
    orderBy: { field: 'seq', dir: 'desc' },
    limit,
    after: cursor ?? null,
  });
  return { items: page.items.map(({ version: _v, ...rest }) => rest), next: page.next };
};

export const verifyAudit: Handler<'admin.audit.verify'> = async (_input, { deps }) => verifyAuditChain(deps.store);

export const purgeAudit: Handler<'admin.audit.purge'> = async (_input, ctx) => {
  const result = await purgeOldAudit(ctx.deps.store, ctx.deps.clock.now());
  noteAudit(ctx, { target: 'audit_log', before: null, after: result });
  return result;
};
