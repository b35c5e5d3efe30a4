import { ADMIN_ACTIONS, ADMIN_HANDLERS } from '@core/app/handlers/by-function/admin';
import { createFunctionMain } from '../function-main';

/** Cloud function `admin`: the office's administration (C10) and the audit log. */
export const main = createFunctionMain('admin', ADMIN_ACTIONS, ADMIN_HANDLERS);
