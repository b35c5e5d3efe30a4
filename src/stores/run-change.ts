import type { ActionInput, ActionName, ActionOutput } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
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
 * change — the same action on the same target with the same input — kept while its answer is lost
 * (UNAVAILABLE: a timeout, no network), so a retry is applied at most once. Any real answer ends the
 * intent: after a success or a refusal the same input again is a new change with a new requestId.
 * A success's answer patches the cached view, so the client does not read again what it was given.
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
      if (answer.ok || answer.error.code !== 'UNAVAILABLE') pending.delete(key);
      if (answer.ok) patch?.(answer.data);
      return answer;
    });
  };
};
