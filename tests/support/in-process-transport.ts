import type { Transport } from '../../src/services/transport';
import { functionOf } from '@core/app/contract';
import { dispatch, type WireRequest } from '@core/app/dispatch/dispatch';
import type { Envelope } from '@core/kernel/errors';
import { EVERY_FUNCTION, type HandlerDeps } from '@core/app/handlers';

/** What crosses the wire: a JSON round trip, so nothing shared by reference reaches the client. */
export const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Sends one request to the real dispatcher and handlers, as the H5 server or a cloud function would. */
export const dispatchOnce = (
  deps: HandlerDeps,
  fn: string,
  body: unknown,
  openid: string | null = null,
): Promise<Envelope<unknown>> => {
  // server/app.ts answers a body that is not an object with 400 before dispatch; callers here send objects.
  const request: WireRequest =
    typeof body === 'object' && body !== null ? overTheWire(body as WireRequest) : { action: undefined };
  return dispatch(request, { fn, openid, ...EVERY_FUNCTION, deps, traceId: 'test-trace' });
};

/**
 * A Transport answered in-process by the real dispatcher over `deps` (e.g. openTestStack()'s
 * seeded SQLite), for store tests that want real answers without the platform.
 */
export const inProcessTransport =
  (deps: HandlerDeps, openid: string | null = null): Transport =>
  async (action, input, options = {}) => {
    const body = { action, input, ...(options.requestId ? { requestId: options.requestId } : {}) };
    const answer = await dispatchOnce(deps, functionOf(action), body, openid);
    return overTheWire(answer) as Awaited<ReturnType<Transport>>;
  };
