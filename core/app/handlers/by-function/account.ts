import * as account from '@core/identity/handlers/account-handlers';
import * as bootstrap from '@core/identity/handlers/bootstrap-admin-handler';
import { bindInvite } from '@core/identity/handlers/bind-invite-handler';
import { accountActions } from '@core/identity/account-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `account` cloud function's handlers, and only those: its bundle carries nothing else. */
export const ACCOUNT_HANDLERS: FunctionHandlers<'account'> = {
  'account.whoami': account.whoami,
  'account.bootstrapAdmin': bootstrap.bootstrapAdmin,
  'account.bindInvite': bindInvite,
};

/** The `account` cloud function's action definitions (what dispatch validates and authorises by). */
export const ACCOUNT_ACTIONS = actionsOf('account', accountActions);
