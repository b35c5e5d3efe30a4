import type { AccountHandler } from '../account-actions';
import { officialScheduleNotices } from '@core/kernel/calendar/official-schedule-notice';
import { maskPhone } from '@core/kernel/mask';
import { settingsProblemText, settingsProblems, settingsReader } from '@core/settings';

export const whoami: AccountHandler<'account.whoami'> = async (_input, { caller, deps }) => ({
  isSignedIn: caller.user !== null,
  name: caller.user?.name ?? null,
  organisation: caller.user?.organisation ?? null,
  roles: [...caller.roles],
  phone: maskPhone(caller.user?.phone ?? null),
  notices: caller.roles.includes('admin')
    ? [
        ...(await settingsProblems(deps.store)).map(settingsProblemText),
        ...officialScheduleNotices(deps.clock.now(), (await settingsReader(deps.store).calendarOverrides()).value),
      ]
    : [],
});
