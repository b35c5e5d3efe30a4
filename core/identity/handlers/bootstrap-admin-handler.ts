import type { AccountHandler } from '../account-actions';
import type { User } from '@core/kernel/caller';
import { AppError, forbidden } from '@core/kernel/errors';
import { whoami } from './account-handlers';
import { clientAccountId } from '../ensure-client-account';

/** settings/bootstrap, written by `npm run deploy` only where absent: the code's hash, until used. */
export interface BootstrapSettings {
  id: 'bootstrap';
  version: number;
  codeHash: string;
  usedAt: number | null;
  usedByUserId: string | null;
}

const REFUSED = '初始化码无效或已使用';

/**
 * The first admin of a fresh environment: the caller (OPENID from the platform) becomes admin when
 * the code matches the stored hash, no admin exists, and the code was never used; then it is closed.
 * Every later attempt, right code or not, is FORBIDDEN. The admin area (C10) grants everything after.
 */
export const bootstrapAdmin: AccountHandler<'account.bootstrapAdmin'> = async ({ code }, ctx) => {
  const { caller, deps } = ctx;
  if (!deps.digest) throw new AppError('UNAVAILABLE', '此环境不需要初始化管理员');
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开');
  const admins = await deps.store.find('users', { where: { roles: { has: 'admin' } }, limit: 1 });
  if (admins.items.length) throw forbidden(REFUSED);
  const codeHash = deps.digest(code);
  const openid = caller.openid;
  const now = deps.clock.now();
  const user = await deps.store.transaction(async (tx) => {
    const settings = await tx.get<'settings', BootstrapSettings>('settings', 'bootstrap');
    if (!settings || settings.usedAt !== null || settings.codeHash !== codeHash) throw forbidden(REFUSED);
    const id = caller.user?.id ?? clientAccountId(openid);
    const current = caller.user ? await tx.get('users', id) : null;
    const admin: User = current
      ? await tx.update('users', id, current.version, {
          roles: [...new Set([...current.roles, 'admin' as const])],
        })
      : await tx.insert('users', {
          id,
          version: 1,
          openid,
          name: '管理员',
          roles: ['admin'],
          organisation: null,
          phone: null,
          createdAt: now,
        });
    await tx.update<'settings', BootstrapSettings>('settings', 'bootstrap', settings.version, {
      usedAt: now,
      usedByUserId: id,
    });
    return admin;
  });
  deps.log.info('first admin bootstrapped', { userId: user.id });
  return whoami({}, { ...ctx, caller: { openid, user, roles: user.roles } });
};
