/**
 * `npm run deploy -- --env <envId> [--dry-run]`: one command from this repo to a working CloudBase
 * environment — build, every function with its config and trigger, every collection with its
 * indexes and client rule, the storage rule, default settings where absent. Idempotent: a second
 * run changes nothing and says so. `--dry-run` prints every step and touches no network.
 * A real run needs ZD_UPLOAD_KEY (the mini-program upload key file) and TENCENTCLOUD_SECRETID /
 * TENCENTCLOUD_SECRETKEY (a CAM key of the account that owns the environment).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { deployPlan, describePlan } from '../cloudfunctions/src/deploy/deploy-plan';

const ROOT = resolve(__dirname, '..');

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export const parseDeployArgs = (argv: readonly string[]): { envId: string; isDryRun: boolean } | string => {
  const at = argv.indexOf('--env');
  const envId = at >= 0 ? (argv[at + 1] ?? '') : '';
  const unknown = argv.filter(
    (arg, i) => arg.startsWith('--') && !['--env', '--dry-run'].includes(arg) && i !== at + 1,
  );
  if (unknown.length) return `unknown option ${unknown.join(' ')}`;
  if (!/^[a-z][\w-]{2,63}$/i.test(envId)) return 'usage: npm run deploy -- --env <envId> [--dry-run]';
  return { envId, isDryRun: argv.includes('--dry-run') };
};

const run = (command: string, args: string[], env: Record<string, string>): void => {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
};

const main = async (): Promise<number> => {
  const args = parseDeployArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const plan = deployPlan(args.envId);
  if (args.isDryRun) {
    say('dry run: nothing is built, uploaded or changed');
    for (const line of describePlan(plan)) say(`  ${line}`);
    return 0;
  }
  const {
    ZD_UPLOAD_KEY: uploadKeyPath,
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
  } = process.env;
  if (!uploadKeyPath || !secretId || !secretKey) {
    process.stderr.write('set ZD_UPLOAD_KEY, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (see docs/GO-LIVE.md)\n');
    return 2;
  }
  run('npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production', ZD_CLOUD_ENV: args.envId });
  run('npx', ['tsx', 'scripts/build-functions.ts'], {});
  const { applyPlan } = await import('./deploy/apply-plan');
  const changed = await applyPlan(plan, {
    functionsDir: join(ROOT, 'dist', 'cloudfunctions'),
    weappDir: join(ROOT, 'dist', 'weapp'),
    uploadKeyPath,
    secretId,
    secretKey,
    say,
  });
  say(changed ? `${changed} change(s) applied to ${args.envId}` : `${args.envId} is up to date: nothing changed`);
  return 0;
};

if (resolve(process.argv[1] ?? '') === __filename) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`deploy failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
