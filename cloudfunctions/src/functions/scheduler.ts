import { createSchedulerMain } from '../scheduler-main';

/** Cloud function `scheduler`: the 5-minute timer (config.json carries the trigger). */
export const main = createSchedulerMain();
