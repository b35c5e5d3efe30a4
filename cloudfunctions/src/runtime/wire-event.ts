import type { WireRequest } from '@core/app/dispatch/dispatch';

/**
 * The three fields of `callFunction({ data: { action, input, requestId } })`. Everything else in
 * the event is dropped on purpose — in particular WeChat's own `userInfo`, since identity comes
 * from getWXContext only.
 */
export const wireRequestOf = (event: unknown): WireRequest => {
  if (typeof event !== 'object' || event === null) return { action: undefined };
  const { action, input, requestId } = event as Record<string, unknown>;
  return { action, input, requestId };
};

/** The platform's id for this invocation, so an INTERNAL answer points at the function's own log. */
export const invocationIdOf = (context: unknown): string | null => {
  if (typeof context !== 'object' || context === null) return null;
  const id: unknown = (context as Record<string, unknown>).request_id;
  return typeof id === 'string' && id.length > 0 ? id : null;
};
