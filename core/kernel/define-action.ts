import type { GenericSchema, InferOutput } from 'valibot';
import type { HandlerContext } from './deps';
import type { Audience } from './roles';

/**
 * One entry of the action contract. `O` is only a type: it types the client's `call` and the
 * handler's return without shipping anything.
 */
export interface ActionDef<S extends GenericSchema, O> {
  input: S;
  audience: Audience;
  /** Mutations must carry a client requestId; a repeat returns the first answer and writes nothing. */
  isMutation: boolean;
  /** Recorded in the audit log, success or failure (admin writes, bindings, revocations, exports). */
  isAudited: boolean;
  readonly __output?: O;
}

/** Curried so the output type can be named while the schema type is inferred. */
export const defineAction =
  <O>() =>
  <S extends GenericSchema>(def: {
    input: S;
    audience: Audience;
    isMutation?: boolean;
    isAudited?: boolean;
  }): ActionDef<S, O> => ({
    input: def.input,
    audience: def.audience,
    isMutation: def.isMutation ?? false,
    isAudited: def.isAudited ?? false,
  });

/** What a handler of `D` receives: the input after the schema's defaults and transforms. */
export type InputOf<D> = D extends ActionDef<infer S, unknown> ? InferOutput<S> : never;
/** What a handler of `D` answers. */
export type OutputOf<D> = D extends ActionDef<GenericSchema, infer O> ? O : never;
/** A handler of one action, typed by the feature's own contract entry (features never import the app's map). */
export type HandlerOf<D> = (input: InputOf<D>, ctx: HandlerContext) => Promise<OutputOf<D>>;
