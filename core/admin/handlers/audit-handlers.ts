import { auditLogPage, purgeOldAudit, verifyAuditChain } from '@core/audit';

import { forbidden } from '@core/kernel/errors';
import { noteAudit } from '@core/kernel/deps';
import type { AdminHandler } from '../admin-actions';

/** The auditor reads everything; an admin only what they did themselves (admin duties split). */
export const listAudit: AdminHandler<'admin.audit.list'> = async ({ limit, cursor }, { caller, deps }) => {
  const isAuditor = caller.roles.includes('auditor');
  if (!isAuditor && !caller.user) throw forbidden();
  const page = await auditLogPage(deps.store, isAuditor ? null : (caller.user?.id ?? ''), limit, cursor ?? null);
  return { items: page.items.map(({ version: _v, ...rest }) => rest), next: page.next };
};

export const verifyAudit: AdminHandler<'admin.audit.verify'> = async (_input, { deps }) => verifyAuditChain(deps.store);

export const purgeAudit: AdminHandler<'admin.audit.purge'> = async (_input, ctx) => {
  // The plan is noted before the head moves, so the purge's own record commits with that move.
  const result = await purgeOldAudit(ctx.deps.store, ctx.deps.clock.now(), (plan) =>
    noteAudit(ctx, { target: 'audit_log', before: null, after: plan }),
  );
  noteAudit(ctx, { target: 'audit_log', before: null, after: result });
  return result;
};
