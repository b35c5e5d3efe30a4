import type { User } from '@core/kernel/caller';
import { forbidden } from '@core/kernel/errors';
import type { DocStore } from '@core/kernel/store/doc-store';

/** settings/bootstrap, written by `npm run deploy` only where absent: the code's hash, until used. */
export interface BootstrapSettings {
  id: 'bootstrap';
  version: number;
  codeHash: string;
  usedAt: number | null;
  usedByUserId: string | null;
}

export const BOOTSTRAP_REFUSED = '初始化码无效或已使用';

export const bootstrapRepo = (store: DocStore) => ({
  hasAnyAdmin: async (): Promise<boolean> =>
    (await store.find('users', { where: { roles: { has: 'admin' } }, limit: 1 })).items.length > 0,

  /**
   * In one transaction: the code must match the stored hash and never have been used; the account
   * `id` (the caller's, or a new one for the openid) gains admin, and the code is closed.
   */
  grantFirstAdmin: (codeHash: string, id: string, isKnown: boolean, openid: string, now: number): Promise<User> =>
    store.transaction(async (tx) => {
      const settings = await tx.get<'settings', BootstrapSettings>('settings', 'bootstrap');
      if (!settings || settings.usedAt !== null || settings.codeHash !== codeHash) throw forbidden(BOOTSTRAP_REFUSED);
      const current = isKnown ? await tx.get('users', id) : null;
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
    }),
});
