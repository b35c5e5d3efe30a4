import { TICKETS_ACTIONS, TICKETS_HANDLERS } from '@core/app/handlers/by-function/tickets';
import { createFunctionMain } from '../function-main';

/** Cloud function `tickets`: 帮办代办 / 零距离 service tickets — catalog, requests, routing, the staff workspace. */
export const main = createFunctionMain('tickets', TICKETS_ACTIONS, TICKETS_HANDLERS);
