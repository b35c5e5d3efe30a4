import type { GenericSchema } from 'valibot';
import type { ActionDef } from '@core/kernel/define-action';
import type { ActionName, Actions } from './actions';
import { functionOf } from './function-of';

/** The definitions of one cloud function's actions: every action named `<fn>.…`, and no other. */
export type FunctionActions<F extends string> = {
  [A in ActionName as A extends `${F}.${string}` ? A : never]: Actions[A];
};

/**
 * One function's definitions, picked by name from the feature groups that hold them (a group may hold
 * several functions' actions: the catalogue's office edits are `admin.…`). Dispatch reads the
 * definitions it is given, so a function's bundle carries its own schemas and not the whole contract.
 */
export const actionsOf = <F extends string>(
  fn: F,
  ...groups: readonly Readonly<Record<string, ActionDef<GenericSchema, unknown>>>[]
): FunctionActions<F> =>
  Object.fromEntries(
    groups.flatMap((g) => Object.entries(g)).filter(([name]) => functionOf(name) === fn),
  ) as unknown as FunctionActions<F>;
