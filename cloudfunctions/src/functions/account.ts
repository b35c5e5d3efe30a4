import { ACCOUNT_ACTIONS, ACCOUNT_HANDLERS } from '@core/app/handlers/by-function/account';
import { createFunctionMain } from '../function-main';

/** Cloud function `account`: who the caller is and what they may do. */
export const main = createFunctionMain('account', ACCOUNT_ACTIONS, ACCOUNT_HANDLERS);
