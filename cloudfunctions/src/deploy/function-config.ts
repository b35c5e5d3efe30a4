import type { ActionName } from '../../../core/contract/actions';

/**
 * Per-function deployment settings, the one place to add a timer trigger or an openapi permission
 * when an action needs it. scripts/build-functions.ts writes them into each function's config.json
 * (read by WeChat DevTools' upload) and into cloudbaserc.json (read by the CloudBase CLI).
 */

/** A cloud function name: the part of an action name before the first dot. */
export type FunctionName = ActionName extends `${infer F}.${string}` ? F : never;

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron, seconds first: '0 0 18 * * * *' is 02:00 at +08:00 (functions run in UTC). */
  config: string;
}

export interface FunctionSettings {
  /** Seconds, 1–60. Cold starts plus a first catalogue seed need more than the 3 s default. */
  timeout: number;
  /** `cloud.openapi.*` calls the function makes, e.g. 'subscribeMessage.send'. */
  openapi: readonly string[];
  triggers: readonly TimerTrigger[];
}

const DEFAULTS: FunctionSettings = { timeout: 20, openapi: [], triggers: [] };

/** Overrides by function; a key that is not a function name fails to compile. */
const OVERRIDES: Partial<Record<FunctionName, Partial<FunctionSettings>>> = {};

export const functionSettings = (fn: string): FunctionSettings => ({
  ...DEFAULTS,
  ...OVERRIDES[fn as FunctionName],
});

/** config.json as WeChat DevTools reads it from the function's folder. */
export const functionConfigJson = (settings: FunctionSettings): object => ({
  timeout: settings.timeout,
  permissions: { openapi: [...settings.openapi] },
  ...(settings.triggers.length ? { triggers: [...settings.triggers] } : {}),
});
