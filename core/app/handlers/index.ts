import { ACTIONS, type Actions } from '../contract/actions';
import type { HandlerMap } from './handler-map';
import { CATALOG_HANDLERS } from './by-function/catalog';
import { ACCOUNT_HANDLERS } from './by-function/account';
import { VISITS_HANDLERS } from './by-function/visits';
import { MESSAGES_HANDLERS } from './by-function/messages';
import { TICKETS_HANDLERS } from './by-function/tickets';
import { ADMIN_HANDLERS } from './by-function/admin';
import { PROJECTS_HANDLERS } from './by-function/projects';
import { EVALUATION_HANDLERS } from './by-function/evaluation';

export * from '@core/kernel/deps';
export * from './handler-map';

/** Every handler (server/ and tests mount them all); a contract entry without a handler does not compile. */
export const HANDLERS: HandlerMap = {
  ...CATALOG_HANDLERS,
  ...ACCOUNT_HANDLERS,
  ...VISITS_HANDLERS,
  ...MESSAGES_HANDLERS,
  ...TICKETS_HANDLERS,
  ...ADMIN_HANDLERS,
  ...PROJECTS_HANDLERS,
  ...EVALUATION_HANDLERS,
};

/**
 * Every definition with every handler: what dispatch is given where all functions answer in one
 * process (server/, the tests). A cloud function is given its own pair from by-function/ instead.
 */
export const EVERY_FUNCTION: { actions: Actions; handlers: HandlerMap } = { actions: ACTIONS, handlers: HANDLERS };
