import type { Caller, User } from '../domain/user';
import type { TxStore } from '../store/doc-store';

export interface FilerDetails {
  contactName: string;
  enterpriseName: string;
  contactPhone: string;
}

/**
 * The account a ticket belongs to, inside the ticket's transaction. A WeChat user the zone does not
 * know yet becomes an enterprise by filing (as a visitor becomes an investor by booking); the user
 * id derives from the openid, so two first requests racing make one account.
 */
export const ensureFiler = async (tx: TxStore, caller: Caller, details: FilerDetails, now: number): Promise<User> => {
  const openid = caller.openid;
  if (!openid) throw new Error('ensureFiler needs an identified caller');
  const known = caller.user ? await tx.get<User>('users', caller.user.id) : null;
  if (known) {
    if (known.roles.includes('enterprise') || known.roles.includes('investor')) return known;
    return tx.update<User>('users', known.id, known.version, {
      roles: [...known.roles.filter((r) => r !== 'visitor'), 'enterprise'],
    });
  }
  const id = `u-${openid}`;
  const raced = await tx.get<User>('users', id);
  if (raced) return raced;
  return tx.insert<User>('users', {
    id,
    version: 1,
    openid,
    name: details.contactName,
    roles: ['enterprise'],
    organisation: details.enterpriseName,
    phone: details.contactPhone,
    createdAt: now,
  });
};
