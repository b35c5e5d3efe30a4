import { officialScheduleNotices } from '../calendar/official-schedule-notice';
import { maskPhone } from '../domain/mask';
import { visitRepo } from '../repos/visit-repo';
import type { Handler } from './handler-types';

export const whoami: Handler<'account.whoami'> = async (_input, { caller, deps }) => ({
  isSignedIn: caller.user !== null,
  name: caller.user?.name ?? null,
  organisation: caller.user?.organisation ?? null,
  roles: [...caller.roles],
  phone: maskPhone(caller.user?.phone ?? null),
  notices: caller.roles.includes('admin')
    ? officialScheduleNotices(deps.clock.now(), await visitRepo(deps.store).calendarOverrides())
    : [],
});
