import type { FunctionSettings } from './function-config';

/** CloudBase's Node.js 16 runtime: the build targets it, and newer runtimes run the same code. */
export const CLOUD_RUNTIME = 'Nodejs16.13';

/**
 * The CloudBase CLI reads function settings from cloudbaserc.json, not from config.json, so the same
 * settings are written here too. The environment id is passed on the command line (`-e`).
 */
export const cloudbasercJson = (functions: { name: string; settings: FunctionSettings }[]): object => ({
  functionRoot: '.',
  functions: functions.map(({ name, settings }) => ({
    name,
    handler: 'index.main',
    runtime: CLOUD_RUNTIME,
    timeout: settings.timeout,
    installDependency: true,
    ...(settings.triggers.length ? { triggers: [...settings.triggers] } : {}),
  })),
});
