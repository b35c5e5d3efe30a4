/**
 * Prints — does not run — the commands that deploy the built cloud functions, since this machine
 * cannot reach WeChat. Build first (`npm run build:functions`), then:
 *   ZD_CLOUD_ENV=<env id> npx tsx scripts/deploy-functions.ts
 */
import { DEPLOYED_FUNCTIONS } from '../cloudfunctions/src/deploy/function-config';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_OUT_DIR } from './build-functions';

const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

const main = (): number => {
  const env = process.env.ZD_CLOUD_ENV?.trim();
  const out = relative(process.cwd(), DEFAULT_OUT_DIR) || '.';
  const missing = DEPLOYED_FUNCTIONS.filter((fn) => !existsSync(join(DEFAULT_OUT_DIR, fn, 'index.js')));
  if (missing.length) {
    process.stderr.write(`not built: ${missing.join(', ')} — run \`npm run build:functions\` first\n`);
    return 1;
  }
  if (!env) process.stderr.write('ZD_CLOUD_ENV is not set: the commands below carry a placeholder\n\n');
  const envId = env || '<ZD_CLOUD_ENV>';

  say('# CloudBase CLI (npm i -g @cloudbase/cli; tcb login). Run from the build folder so the CLI');
  say('# reads timeout / runtime / triggers from its cloudbaserc.json; the cloud installs wx-server-sdk.');
  say(`cd ${out}`);
  for (const fn of DEPLOYED_FUNCTIONS) say(`tcb fn deploy ${fn} --dir ./${fn} -e ${envId} --force`);
  say();
  say('# Or in WeChat DevTools: open dist/weapp, right-click each folder under cloudfunctions/ →');
  say(
    '# 上传并部署：云端安装依赖. DevTools applies each folder’s config.json (timeout, openapi permissions, triggers).',
  );
  say();
  say(
    `# Database (once per environment, in the cloud console): create the collections listed in ${out}/database.json,`,
  );
  say('# their indexes, and the security rule {"read": false, "write": false} on every collection.');
  say('# The functions seed the catalogue themselves on first call; no demo personas reach the cloud.');
  say();
  say('# Mini-program: build it bound to the same environment before uploading it:');
  say(`ZD_CLOUD_ENV=${envId} npm run build:weapp`);
  return 0;
};

process.exitCode = main();
