import { Db } from '@cloudbase/database';
import type { RequestHandler } from './request-handler';

/**
 * Wiring wx-server-sdk to the fake server. @cloudbase/database (the SDK's query builder) sends
 * every request through `new Db.reqClass(config).send(action, params)`; @cloudbase/node-sdk assigns
 * its HTTP requester to that static on every `database()` call. The property is therefore pinned to
 * HarnessRequest with a setter that ignores those assignments, so no request can reach the network
 * (where, without credentials, it would fail with a rejection that may go unhandled).
 *
 * Each harness registers under its own env name; `cloud.database({ env })` puts that name into the
 * config every request class is built with, which routes requests to the right in-memory database.
 */

const routes = new Map<string, RequestHandler>();

/** How often node-sdk tried to install its requester: proves the pinned class is the one it uses. */
let overwriteAttempts = 0;

const envOf = (config: unknown): string | undefined => {
  if (typeof config !== 'object' || config === null) return undefined;
  const env: unknown = (config as { envName?: unknown }).envName;
  return typeof env === 'string' ? env : undefined;
};

class HarnessRequest {
  private readonly env: string | undefined;

  constructor(config: unknown) {
    this.env = envOf(config);
  }

  async send(action: string, params?: unknown): Promise<unknown> {
    // A real request is asynchronous: yielding lets concurrent calls interleave as they would.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const handler = this.env === undefined ? undefined : routes.get(this.env);
    if (!handler) return { code: 'INVALID_ENV', message: `no harness database for env ${String(this.env)}` };
    return handler.handle(action, params);
  }
}

let pinned = false;

export const pinRequestClass = (): void => {
  if (pinned) return;
  Object.defineProperty(Db, 'reqClass', {
    configurable: true,
    get: () => HarnessRequest,
    set: () => {
      overwriteAttempts += 1;
    },
  });
  pinned = true;
};

export const requestClassOverwrites = (): number => overwriteAttempts;

export const route = (env: string, handler: RequestHandler): void => {
  routes.set(env, handler);
};

export const unroute = (env: string): void => {
  routes.delete(env);
};
