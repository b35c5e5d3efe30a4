import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WEAPP_DIR } from './load-weapp';

const ROOT = resolve(__dirname, '..', '..');

/**
 * Builds dist/weapp when it is missing; an existing build is used as it is. NODE_ENV is set
 * explicitly: Taro keeps an inherited one, and jest's NODE_ENV=test would give a minified build
 * that still bundles React's development code (~170 KB more).
 */
export const ensureWeappBuild = (): void => {
  if (existsSync(join(WEAPP_DIR, 'app.js'))) return;
  const run = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
    timeout: 170_000,
  });
  if (run.status !== 0 || !existsSync(join(WEAPP_DIR, 'app.js'))) {
    throw new Error(`taro build --type weapp failed (${String(run.status)}):\n${run.stderr || run.stdout}`);
  }
};
