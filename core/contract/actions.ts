import type { GenericSchema, InferInput, InferOutput } from 'valibot';
import { accountActions } from './account-actions';
import { catalogActions } from './catalog-actions';
import { dashboardActions } from './dashboard-actions';
import type { ActionDef } from './define-action';
import { messageActions } from './message-actions';
import { supervisionActions } from './supervision-actions';
import { ticketActions } from './ticket-actions';
import { visitActions } from './visit-actions';

/** The whole contract: action name → input schema, output type, audience. */
export const ACTIONS = {
  ...catalogActions,
  ...accountActions,
  ...visitActions,
  ...messageActions,
  ...ticketActions,
  ...supervisionActions,
  ...dashboardActions,
} as const;

export type Actions = typeof ACTIONS;
export type ActionName = keyof Actions;

/** What a client sends (before defaults and trimming). */
export type ActionInput<A extends ActionName> = InferInput<Actions[A]['input']>;
/** What a handler receives (after the schema's defaults and transforms). */
export type ParsedInput<A extends ActionName> = InferOutput<Actions[A]['input']>;
export type ActionOutput<A extends ActionName> = Actions[A] extends ActionDef<GenericSchema, infer O> ? O : never;

/** The cloud function that hosts an action: the part before the first dot. */
export const functionOf = (action: ActionName): string => action.slice(0, action.indexOf('.'));

export const isActionName = (name: unknown): name is ActionName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(ACTIONS, name);

export const FUNCTION_NAMES = [...new Set((Object.keys(ACTIONS) as ActionName[]).map(functionOf))];
