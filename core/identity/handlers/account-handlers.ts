import { officialScheduleNotices } from '@core/kernel/calendar/official-schedule-notice';
import { maskPhone } from '@core/kernel/mask';
import { visitRepo } from '@core/visits/visit-repo';
import { settingsProblemText, settingsProblems } from '@core/settings/settings-reader';
import type { Handler } from '@core/kernel/deps';

export const whoami: Handler<'account.whoami'> = async (_input, { caller, deps }) => ({
  isSignedIn: caller.user !== null,
  name: caller.user?.name ?? null,
  organisation: caller.user?.organisation ?? null,
  roles: [...caller.roles],
  phone: maskPhone(caller.user?.phone ?? null),
  notices: caller.roles.includes('admin')
    ? [
        ...(await settingsProblems(deps.store)).map(settingsProblemText),
        ...officialScheduleNotices(deps.clock.now(), await visitRepo(deps.store).calendarOverrides()),
      ]
    : [],
});
