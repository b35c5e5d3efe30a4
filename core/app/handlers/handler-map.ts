import type { ActionName, ActionOutput, ParsedInput } from '../contract/actions';
import type { HandlerContext } from '@core/kernel/deps';

export type Handler<A extends ActionName> = (input: ParsedInput<A>, ctx: HandlerContext) => Promise<ActionOutput<A>>;

/** A Record over every action: a contract entry without a handler does not compile. */
export type HandlerMap = { [A in ActionName]: Handler<A> };

/** The handlers of one cloud function: every action named `<fn>.…`, and no other. */
export type FunctionHandlers<F extends string> = {
  [A in ActionName as A extends `${F}.${string}` ? A : never]: Handler<A>;
};
