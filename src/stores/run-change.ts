import type { ActionInput, ActionName, ActionOutput } from '../../core/contract';
import type { Envelope } from '../../core/errors';
import type { Transport } from '../services/transport';

export interface ChangeOptions<T> {
  /** The record the change is about (a visit, a ticket, a follow-up): part of what makes it the same change. */
  target: string;
  /** Puts the answer where the client shows it, so what the server just returned is not fetched again. */
  patch?: (data: T) => void;
}

/** JSON with keys sorted, so the same input typed in another order is still the same change. */
const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

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
  return async (action, input, { target, patch }) => {
    const key = `${action}|${target}|${stableJson(input)}`;
    const requestId = pending.get(key) ?? newRequestId();
    pending.set(key, requestId);
    const answer = await transport(action, input, { requestId });
    if (answer.ok) {
      pending.delete(key);
      patch?.(answer.data);
    }
    return answer;
  };
};
