import { maskPhone } from '../domain/mask';
import type { Handler } from './handler-types';

export const whoami: Handler<'account.whoami'> = async (_input, { caller }) => ({
  isSignedIn: caller.user !== null,
  name: caller.user?.name ?? null,
  organisation: caller.user?.organisation ?? null,
  roles: [...caller.roles],
  phone: maskPhone(caller.user?.phone ?? null),
});
