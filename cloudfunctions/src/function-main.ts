import { randomUUID } from 'node:crypto';
import { dispatch } from '@core/app/dispatch/dispatch';
import type { Envelope } from '@core/kernel/errors';
import type { HandlerMap } from '@core/app/handlers';
import type { Actions } from '@core/app/contract/actions';
import { cloudDeps } from './runtime/cloud-deps';
import { platformOpenid } from './runtime/cloud-sdk';
import { catalogueSeeder } from './runtime/ensure-catalogue';
import { invocationIdOf, wireRequestOf } from './runtime/wire-event';

export type FunctionMain = (event: unknown, context: unknown) => Promise<Envelope<unknown>>;

/**
 * The `main` of the cloud function `fn`: every action whose name starts with `fn.` arrives here, and
 * `actions` and `handlers` are that function's own (core/app/handlers/by-function), so its bundle
 * carries no other function's schemas or code.
 */
export const createFunctionMain = (
  fn: string,
  actions: Partial<Actions>,
  handlers: Partial<HandlerMap>,
): FunctionMain => {
  const ensureCatalogue = catalogueSeeder();
  return async (event, context) => {
    const deps = cloudDeps();
    await ensureCatalogue(deps);
    return dispatch(wireRequestOf(event), {
      fn,
      openid: platformOpenid(),
      actions,
      handlers,
      deps,
      traceId: invocationIdOf(context) ?? randomUUID(),
      source: 'weapp',
    });
  };
};
