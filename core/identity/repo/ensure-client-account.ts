import type { Caller, User } from '@core/kernel/caller';
import type { TxStore } from '@core/kernel/store/doc-store';

/** The two ways a WeChat user the zone does not know yet becomes a client: booking a visit, filing a request. */
export type ClientRole = 'investor' | 'enterprise';

export interface ClientDetails {
  role: ClientRole;
  name: string;
  organisation: string;
  phone: string;
}

/** The account a first booking or filing creates for a signed-in visitor: known before it exists (drafts, uploads). */
export const clientAccountId = (openid: string): string => `u-${openid}`;

/**
 * The account a booking or a request belongs to, inside that change's transaction. A visitor becomes
 * an investor by booking and an enterprise by filing; someone already a client keeps their role. The
 * user id derives from the openid, so two first requests racing make one account.
 */
export const ensureClientAccount = async (
  tx: TxStore,
  caller: Caller,
  details: ClientDetails,
  now: number,
): Promise<User> => {
  const openid = caller.openid;
  if (!openid) throw new Error('ensureClientAccount needs an identified caller');
  const known = caller.user ? await tx.get('users', caller.user.id) : null;
  if (known) {
    if (known.roles.includes('investor') || known.roles.includes('enterprise')) return known;
    return tx.update('users', known.id, known.version, {
      roles: [...known.roles.filter((r) => r !== 'visitor'), details.role],
    });
  }
  const id = clientAccountId(openid);
  const raced = await tx.get('users', id);
  if (raced) return raced;
  return tx.insert('users', {
    id,
    version: 1,
    openid,
    name: details.name,
    roles: [details.role],
    organisation: details.organisation,
    phone: details.phone,
    createdAt: now,
  });
};
