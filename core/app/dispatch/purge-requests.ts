import type { HandlerDeps } from '@core/kernel/deps';
import { purgeOlderThan } from '../scheduler/purge-older-than';
import { REQUEST_RETENTION_MS } from './idempotency';

/** Scheduler job: idempotency records older than 7 days go; a retry that late is a new request. */
export const purgeOldRequests = (deps: HandlerDeps, deadline: number): Promise<number> =>
  purgeOlderThan(deps, deadline, {
    collection: 'requests',
    field: 'createdAt',
    before: deps.clock.now() - REQUEST_RETENTION_MS,
  });
