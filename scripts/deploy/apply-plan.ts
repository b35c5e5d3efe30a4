import { createHash, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MIGRATION_RUNNER,
  type DeployPlan,
  type PlannedCollection,
  type PlannedFunction,
} from '../../cloudfunctions/src/deploy/deploy-plan';

/**
 * Applies a deploy plan to a live environment through the official tools only: @cloudbase/manager-node
 * (function config, triggers, collections, indexes, rules, storage) and miniprogram-ci's
 * cloud.uploadFunction (WeChat's upload, the one that honours config.json's openapi permissions).
 * Every step reads first and changes only what differs, so a second run reports no change.
 * Not exercised in CI (no cloud account); `--dry-run` is.
 */

export interface ApplyOptions {
  functionsDir: string;
  weappDir: string;
  /** Mini-program upload key (公众平台 → 开发管理 → 小程序代码上传密钥). */
  uploadKeyPath: string;
  secretId: string;
  secretKey: string;
  say: (line: string) => void;
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports -- untyped CommonJS tools */
const buildHash = (dir: string): string =>
  createHash('sha256')
    .update(readFileSync(join(dir, 'index.js')))
    .update(readFileSync(join(dir, 'config.json')))
    .digest('hex')
    .slice(0, 16);

const applyFunction = async (
  app: any,
  ci: any,
  project: any,
  plan: DeployPlan,
  fn: PlannedFunction,
  o: ApplyOptions,
) => {
  const dir = join(o.functionsDir, fn.name);
  const hash = buildHash(dir);
  const current = await app.functions.getFunctionDetail(fn.name).catch(() => null);
  const deployed = current?.Environment?.Variables?.find((v: any) => v.Key === 'ZD_BUILD')?.Value;
  let changed = 0;
  if (deployed !== hash) {
    await ci.cloud.uploadFunction({ project, env: plan.envId, name: fn.name, path: dir, remoteNpmInstall: true });
    await app.functions.updateFunctionConfig({
      name: fn.name,
      timeout: fn.timeout,
      memorySize: fn.memory,
      envVariables: { ZD_BUILD: hash },
    });
    changed += 1;
  }
  const triggers = (current?.Triggers ?? []).map((t: any) => `${t.TriggerName}:${t.TriggerDesc ?? ''}`).join();
  for (const trigger of fn.triggers) {
    if (triggers.includes(trigger.name) && triggers.includes(trigger.config)) continue;
    await app.functions.createFunctionTriggers(fn.name, [trigger]);
    changed += 1;
  }
  o.say(`  function ${fn.name}: ${changed ? 'deployed' : 'unchanged'}`);
  return changed;
};

const applyCollection = async (app: any, c: PlannedCollection, o: ApplyOptions) => {
  let changed = 0;
  const created = await app.database.createCollectionIfNotExists(c.name);
  if (created?.IsCreated) changed += 1;
  const { Indexes = [] } = await app.database.describeCollection(c.name);
  const existing = new Set(Indexes.map((i: any) => i.Name));
  const missing = c.indexes.filter((i) => !existing.has(i.name));
  if (missing.length) {
    await app.database.updateCollection(c.name, {
      CreateIndexes: missing.map((i) => ({
        IndexName: i.name,
        MgoKeySchema: {
          MgoIndexKeys: i.fields.map((field) => ({ Name: field, Direction: '1' })),
          MgoIsUnique: i.unique,
        },
      })),
    });
    changed += missing.length;
  }
  const rule = await app.permission.describeResourcePermission({ resourceType: 'collection', resources: [c.name] });
  if (rule?.PermissionList?.[0]?.Permission !== c.acl) {
    await app.permission.modifyResourcePermission({ resourceType: 'collection', resource: c.name, permission: c.acl });
    changed += 1;
  }
  o.say(`  collection ${c.name}: ${changed ? `${changed} change(s)` : 'unchanged'}`);
  return changed;
};

/** settings/bootstrap only where absent: the code is printed once and stored only as its hash. */
const prepareBootstrap = async (app: any, o: ApplyOptions): Promise<number> => {
  const found = await app.database.runCommands({
    MgoCommands: [
      {
        TableName: 'settings',
        CommandType: 'QUERY',
        Command: JSON.stringify({ find: 'settings', filter: { _id: 'bootstrap' } }),
      },
    ],
  });
  if (JSON.stringify(found?.Data ?? []).includes('codeHash')) {
    o.say('  bootstrap: a code was issued before (unchanged)');
    return 0;
  }
  const code = String(randomInt(10_000_000, 100_000_000));
  const doc = {
    _id: 'bootstrap',
    version: 1,
    codeHash: createHash('sha256').update(code).digest('hex'),
    usedAt: null,
    usedByUserId: null,
  };
  await app.database.runCommands({
    MgoCommands: [
      {
        TableName: 'settings',
        CommandType: 'INSERT',
        Command: JSON.stringify({ insert: 'settings', documents: [doc] }),
      },
    ],
  });
  o.say(`  bootstrap code for the first admin (shown once; account.bootstrapAdmin { code }): ${code}`);
  return 1;
};

/**
 * Runs the migrations in the cloud: invokes the runner function (its SCF invoke carries no WeChat
 * user or source, which is what it accepts) until it reports done; each call stops before the
 * function's timeout and the next goes on. Returns the steps applied.
 */
const applyMigrations = async (app: any, o: ApplyOptions, resweep?: string[]): Promise<string[]> => {
  for (let call = 0; call < 200; call += 1) {
    const result = await app.functions.invokeFunction(
      MIGRATION_RUNNER,
      resweep ? { migrate: true, resweep } : { migrate: true },
    );
    const answer = JSON.parse(String(result?.RetMsg ?? 'null')) as {
      ok: boolean;
      data?: { applied: { id: string; upgraded: number }[]; isDone: boolean };
      error?: { message: string };
    } | null;
    if (!answer?.ok || !answer.data)
      throw new Error(`migrations failed: ${answer?.error?.message ?? result?.ErrMsg ?? 'no answer'}`);
    for (const step of answer.data.applied) o.say(`  migration ${step.id}: ${step.upgraded} document(s) upgraded`);
    if (answer.data.isDone) return answer.data.applied.map((step) => step.id);
  }
  throw new Error('migrations did not finish in 200 calls; run the deploy again, it goes on where it stopped');
};

/** Returns how many things changed; 0 on a second run. */
export const applyPlan = async (plan: DeployPlan, o: ApplyOptions): Promise<number> => {
  const CloudBase = require('@cloudbase/manager-node');
  const ci = require('miniprogram-ci');
  const app = new CloudBase({ secretId: o.secretId, secretKey: o.secretKey, envId: plan.envId });
  const appid = (JSON.parse(readFileSync(join(o.weappDir, 'project.config.json'), 'utf8')) as { appid: string }).appid;
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: o.weappDir,
    privateKeyPath: o.uploadKeyPath,
  });
  let changed = 0;
  // Collections first (they only add), then the runner with the new code, the migrations, and only
  // then the functions that serve: none of them reads a document of the previous release's shape.
  for (const c of plan.collections) changed += await applyCollection(app, c, o);
  const runner = plan.functions.filter((fn) => fn.name === MIGRATION_RUNNER);
  for (const fn of runner) changed += await applyFunction(app, ci, project, plan, fn, o);
  const migrated = await applyMigrations(app, o);
  changed += migrated.length;
  for (const fn of plan.functions.filter((f) => f.name !== MIGRATION_RUNNER))
    changed += await applyFunction(app, ci, project, plan, fn, o);
  // The previous release's functions served until just now: what they wrote meanwhile is upgraded too.
  if (migrated.length) await applyMigrations(app, o, migrated);
  if (!migrated.length) o.say('  migrations: none pending (unchanged)');
  const acl = await app.storage.getStorageAcl({ withRule: true });
  if (acl?.acl !== 'CUSTOM' || JSON.stringify(acl.rule) !== JSON.stringify(plan.storageRule)) {
    await app.storage.setStorageAcl('CUSTOM', plan.storageRule);
    changed += 1;
  }
  // The catalog function seeds the catalogue and the default settings documents where absent.
  await app.functions.invokeFunction('catalog', { action: 'catalog.home', input: {} });
  changed += await prepareBootstrap(app, o);
  return changed;
};
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
