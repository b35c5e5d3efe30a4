import type { GenericSchema, InferInput, InferOutput } from 'valibot';
import { accountActions } from '@core/identity';
import { adminActions } from '@core/admin';
import { catalogActions } from '@core/catalog';
import { dashboardActions } from '@core/dashboard';
import { evaluationActions } from '@core/evaluation';
import type { ActionDef } from '@core/kernel/define-action';
import { messageActions } from '@core/messages';
import { projectActions, screeningActions } from '@core/projects';
import { supervisionActions } from '@core/sla';
import { ticketActions } from '@core/tickets';
import { visitActions } from '@core/visits';

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
  ...projectActions,
  ...evaluationActions,
  ...screeningActions,
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

export const FUNCTION_NAMES = [...new Set((Object.keys(ACTIONS) as ActionName[]).map(functionOf))];
