import type { AccountHandler } from '../account-actions';
import { AppError, forbidden } from '@core/kernel/errors';
import { whoami } from './account-handlers';
import { clientAccountId } from '../repo/ensure-client-account';
import { BOOTSTRAP_REFUSED, bootstrapRepo } from '../repo/bootstrap-repo';

/**
 * The first admin of a fresh environment: the caller (OPENID from the platform) becomes admin when
 * the code matches the stored hash, no admin exists, and the code was never used; then it is closed.
 * Every later attempt, right code or not, is FORBIDDEN. The admin area (C10) grants everything after.
 */
export const bootstrapAdmin: AccountHandler<'account.bootstrapAdmin'> = async ({ code }, ctx) => {
  const { caller, deps } = ctx;
  if (!deps.digest) throw new AppError('UNAVAILABLE', '此环境不需要初始化管理员');
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开');
  const repo = bootstrapRepo(deps.store);
  if (await repo.hasAnyAdmin()) throw forbidden(BOOTSTRAP_REFUSED);
  const codeHash = deps.digest(code);
  const openid = caller.openid;
  const now = deps.clock.now();
  const id = caller.user?.id ?? clientAccountId(openid);
  const user = await repo.grantFirstAdmin(codeHash, id, !!caller.user, openid, now);
  deps.log.info('first admin bootstrapped', { userId: user.id });
  return whoami({}, { ...ctx, caller: { openid, user, roles: user.roles } });
};
