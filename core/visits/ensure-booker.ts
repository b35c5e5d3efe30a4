import type { Caller, User } from '../domain/user';
import type { TxStore } from '../store/doc-store';

export interface BookerDetails {
  contactName: string;
  company: string;
  contactPhone: string;
}

/**
 * The account a booking belongs to, inside the booking's transaction. A visitor becomes an investor
 * by booking; the user id derives from the openid so two first bookings racing make one account.
 */
export const ensureBooker = async (tx: TxStore, caller: Caller, details: BookerDetails, now: number): Promise<User> => {
  const openid = caller.openid;
  if (!openid) throw new Error('ensureBooker needs an identified caller');
  const known = caller.user ? await tx.get<User>('users', caller.user.id) : null;
  if (known) {
    if (known.roles.includes('investor') || known.roles.includes('enterprise')) return known;
    return tx.update<User>('users', known.id, known.version, {
      roles: [...known.roles.filter((r) => r !== 'visitor'), 'investor'],
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
    roles: ['investor'],
    organisation: details.company,
    phone: details.contactPhone,
    createdAt: now,
  });
};
