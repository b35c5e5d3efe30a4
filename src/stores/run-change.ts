import type { ActionInput, ActionName, ActionOutput } from '../../core/contract';
import type { Envelope } from '../../core/errors';
import type { Transport } from '../services/transport';

export interface ChangeOptions<T> {
  /** The record the change is about (a visit, a ticket, a follow-up): part of what makes it the same change. */
  target: string;
  /** Puts the answer where the client shows it, so what the server just returned is not fetched again. */
  patch?: (data: T) => void;
}

export type RunChange = <A extends ActionName>(
  action: A,
  input: ActionInput<A>,
  options: ChangeOptions<ActionOutput<A>>,
) => Promise<Envelope<ActionOutput<A>>>;

/**
 * The one way the client sends a change that is not a form's draft: one requestId per intended
 * change — the same action on the same target with the same input — kept across retries (a timeout,
 * a refusal tapped again), so the server applies it at most once; a success ends the intent, so the
 * same input again later is a new change with a new requestId. The answer patches the cached view.
 */
export const createRunChange = (transport: Transport, newRequestId: () => string): RunChange => {
  const pending = new Map<string, string>();
  // A promise chain, not async: the weapp build is ES5 and a regenerator costs main-package bytes.
  return (action, input, { target, patch }) => {
    // Each page builds a change's input with one literal, so its JSON is the same for the same input.
    const key = `${action}|${target}|${JSON.stringify(input)}`;
    const requestId = pending.get(key) ?? newRequestId();
    pending.set(key, requestId);
    return transport(action, input, { requestId }).then((answer) => {
      if (answer.ok) {
        pending.delete(key);
        patch?.(answer.data);
      }
      return answer;
    });
  };
};
