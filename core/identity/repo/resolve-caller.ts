import type { Caller } from '@core/kernel/caller';
import type { DocStore } from '@core/kernel/store/doc-store';

/**
 * Turns a platform identity into a Caller. The openid comes from getWXContext() in WeChat and from
 * the signed session in server/ — never from a payload. Unknown openids are visitors. Only documents
 * the functions wrote count: the CloudBase adapter never reads one a client wrote (`_openid`), and
 * `users.openid` is unique (UNIQUE_FIELDS), so one openid has at most one account.
 */
export const resolveCaller = async (store: DocStore, openid: string | null): Promise<Caller> => {
  if (!openid) return { openid: null, user: null, roles: [] };
  const { items } = await store.find('users', { where: { openid }, limit: 1 });
  const user = items[0] ?? null;
  return { openid, user, roles: user ? user.roles : ['visitor'] };
};
