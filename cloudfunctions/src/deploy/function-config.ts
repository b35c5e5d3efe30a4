import { FUNCTION_NAMES, type ActionName } from '@core/app/contract/actions';

/**
 * Per-function deployment settings, the one place to add a timer trigger or an openapi permission
 * when an action needs it. scripts/build-functions.ts writes them into each function's config.json
 * (read by WeChat DevTools' upload) and into cloudbaserc.json (read by the CloudBase CLI).
 */

/** Functions no client calls: started by the platform only (the scheduler's timer). */
export const TRIGGER_FUNCTIONS = ['scheduler'] as const;

/** Everything the build bundles and the deploy uploads: one function per action domain, plus the trigger ones. */
export const DEPLOYED_FUNCTIONS: readonly string[] = [...FUNCTION_NAMES, ...TRIGGER_FUNCTIONS];

/** A cloud function name: the part of an action name before the first dot, or a trigger function. */
export type FunctionName = (ActionName extends `${infer F}.${string}` ? F : never) | (typeof TRIGGER_FUNCTIONS)[number];

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron, seconds first. WeChat reads trigger crons at UTC+8 (the function itself runs in UTC). */
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
const OVERRIDES: Partial<Record<FunctionName, Partial<FunctionSettings>>> = {
  // admin.invites.qrcode: the invite code as a mini-program code.
  admin: { openapi: ['wxacode.getUnlimited'] },
  // evaluation.qrcode: a round's code as a mini-program code of the rating page.
  evaluation: { openapi: ['wxacode.getUnlimited'] },
  // Every 5 minutes; the longest timeout so a tick over a large backlog can page through it.
  scheduler: {
    timeout: 60,
    openapi: ['subscribeMessage.send'],
    triggers: [{ name: 'tick', type: 'timer', config: '0 */5 * * * * *' }],
  },
};

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
