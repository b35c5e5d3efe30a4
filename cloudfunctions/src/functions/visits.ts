import { VISITS_ACTIONS, VISITS_HANDLERS } from '@core/app/handlers/by-function/visits';
import { createFunctionMain } from '../function-main';

/** Cloud function `visits`: 考察预约 — availability, booking, the investor's and the host's changes. */
export const main = createFunctionMain('visits', VISITS_ACTIONS, VISITS_HANDLERS);
