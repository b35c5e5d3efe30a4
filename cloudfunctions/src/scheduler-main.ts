import type { Envelope } from '@core/kernel/errors';
import { pendingMigrations, runMigrations, type MigrationReport } from '@core/app/migrations';
import { runTick, tickJobs, type TickReport } from '@core/app/scheduler/run-tick';
import { functionSettings } from './deploy/function-config';
import { cloudDeps } from './runtime/cloud-deps';
import { platformOpenid, platformSource } from './runtime/cloud-sdk';
import { cloudSubscribeSender } from './runtime/subscribe-sender';

/** Stop starting jobs this long before the function's timeout, so a tick ends on its own terms. */
const SAFETY_MARGIN_MS = 15_000;

/** `{ migrate: true, resweep?: [stepId] }`: what `npm run deploy` sends (scripts/deploy/apply-plan.ts). */
export interface MigrateEvent {
  migrate: true;
  resweep?: string[];
}

const STEP_ID = /^\d{4}-[a-z0-9-]{1,60}$/;

const migrateEventOf = (event: unknown): MigrateEvent | null => {
  if (typeof event !== 'object' || event === null || (event as { migrate?: unknown }).migrate !== true) return null;
  const resweep: unknown = (event as { resweep?: unknown }).resweep;
  if (resweep === undefined) return { migrate: true };
  return Array.isArray(resweep) && resweep.every((id) => typeof id === 'string' && STEP_ID.test(id))
    ? { migrate: true, resweep: resweep as string[] }
    : null;
};

/**
 * The deploy's call: manager-node's invokeFunction with the environment owner's API key. It carries
 * no user and no WeChat source; a phone (wx_client), WeChat's HTTP API (wx_http), the timer and
 * another function (…,scf) all say who they are.
 */
const isDeployCall = (source: string | null, openid: string | null): boolean =>
  openid === null && !(source ?? '').split(',').some((s) => s.startsWith('wx_') || s === 'scf');

const forbidden = (message: string) => ({ ok: false as const, error: { code: 'FORBIDDEN' as const, message } });

/**
 * The `scheduler` function: the timer trigger's entry, and the deploy's migration runner. Only the
 * platform's timer may run a tick — a phone calling it (SOURCE wx_client) or another function (…,scf)
 * gets FORBIDDEN and changes nothing — and a tick waits while a migration step is pending, so no job
 * reads a document of the previous release's shape.
 */
export const createSchedulerMain =
  () =>
  async (event?: unknown): Promise<Envelope<TickReport | MigrationReport>> => {
    const deadlineAfter = (now: number) => now + functionSettings('scheduler').timeout * 1000 - SAFETY_MARGIN_MS;
    const migrate = migrateEventOf(event);
    if (migrate) {
      if (!isDeployCall(platformSource(), platformOpenid())) return forbidden('仅限部署命令调用');
      const deps = cloudDeps();
      const now = deps.clock.now;
      return {
        ok: true,
        data: await runMigrations(deps.store, { now, deadline: deadlineAfter(now()), resweep: migrate.resweep }),
      };
    }
    if (platformSource() !== 'wx_trigger') return forbidden('仅限定时触发器调用');
    const deps = cloudDeps();
    const jobs = tickJobs(cloudSubscribeSender());
    const pending = await pendingMigrations(deps.store);
    if (pending.length) {
      deps.log.info('tick waits for migrations', { pending });
      return { ok: true, data: { done: [], failed: [], skipped: jobs.map((j) => j.name) } };
    }
    return { ok: true, data: await runTick(deps, { deadline: deadlineAfter(deps.clock.now()), jobs }) };
  };
