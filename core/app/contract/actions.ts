import type { GenericSchema, InferInput, InferOutput } from 'valibot';
import { accountActions } from '@core/identity/account-actions';
import { adminActions } from '@core/admin/admin-actions';
import { catalogActions } from '@core/catalog/catalog-actions';
import { dashboardActions } from '@core/dashboard/dashboard-actions';
import type { ActionDef } from '@core/kernel/define-action';
import { messageActions } from '@core/messages/message-actions';
import { supervisionActions } from '@core/sla/supervision-actions';
import { ticketActions } from '@core/tickets/ticket-actions';
import { visitActions } from '@core/visits/visit-actions';

/** The whole contract: action name → input schema, output type, audience. */
export const ACTIONS = {
  ...catalogActions,
  ...accountActions,
  ...visitActions,
  ...messageActions,
  ...ticketActions,
  ...supervisionActions,
  ...adminActions,
  ...dashboardActions,
} as const;

export type Actions = typeof ACTIONS;
export type ActionName = keyof Actions;

/** What a client sends (before defaults and trimming). */
export type ActionInput<A extends ActionName> = InferInput<Actions[A]['input']>;
/** What a handler receives (after the schema's defaults and transforms). */
export type ParsedInput<A extends ActionName> = InferOutput<Actions[A]['input']>;
export type ActionOutput<A extends ActionName> = Actions[A] extends ActionDef<GenericSchema, infer O> ? O : never;

import { functionOf } from './function-of';

export { functionOf };

export const isActionName = (name: unknown): name is ActionName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(ACTIONS, name);

export const FUNCTION_NAMES = [...new Set((Object.keys(ACTIONS) as ActionName[]).map(functionOf))];
