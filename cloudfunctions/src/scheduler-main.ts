import type { Envelope } from '@core/kernel/errors';
import { runTick, tickJobs, type TickReport } from '@core/app/scheduler/run-tick';
import { functionSettings } from './deploy/function-config';
import { cloudDeps } from './runtime/cloud-deps';
import { platformSource } from './runtime/cloud-sdk';
import { cloudSubscribeSender } from './runtime/subscribe-sender';

/** Stop starting jobs this long before the function's timeout, so a tick ends on its own terms. */
const SAFETY_MARGIN_MS = 15_000;

/**
 * The `scheduler` function: the timer trigger's entry. Only the platform's timer may run it — a
 * phone calling it (SOURCE wx_client) or another function (…,scf) gets FORBIDDEN and changes nothing.
 */
export const createSchedulerMain = () => async (): Promise<Envelope<TickReport>> => {
  if (platformSource() !== 'wx_trigger') {
    return { ok: false, error: { code: 'FORBIDDEN', message: '仅限定时触发器调用' } };
  }
  const deps = cloudDeps();
  const deadline = deps.clock.now() + functionSettings('scheduler').timeout * 1000 - SAFETY_MARGIN_MS;
  return { ok: true, data: await runTick(deps, { deadline, jobs: tickJobs(cloudSubscribeSender()) }) };
};
