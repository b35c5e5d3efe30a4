import { useEffect } from 'react';
import type { Role } from '@core/kernel/roles';
import { sessionStore, useSession } from '../../stores/session-store';

/**
 * The caller's roles for the staff pages' role-dependent parts. Opened straight from a link or a
 * reload, the session is not known yet: it is loaded then.
 */
export const useSessionRoles = (): readonly Role[] => {
  const session = useSession();
  useEffect(() => {
    if (!sessionStore.getState().data) void sessionStore.getState().load();
  }, []);
  return session.data?.roles ?? [];
};
