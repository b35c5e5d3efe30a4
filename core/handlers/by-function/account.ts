import * as account from '../account-handlers';
import * as bootstrap from '../bootstrap-admin-handler';
import { bindInvite } from '../bind-invite-handler';
import type { FunctionHandlers } from '../handler-types';

/** The `account` cloud function's handlers, and only those: its bundle carries nothing else. */
export const ACCOUNT_HANDLERS: FunctionHandlers<'account'> = {
  'account.whoami': account.whoami,
  'account.bootstrapAdmin': bootstrap.bootstrapAdmin,
  'account.bindInvite': bindInvite,
};
