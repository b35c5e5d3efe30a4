import { MIGRATION_STEPS } from '@core/app/migrations/steps';
import { COLLECTIONS, indexesOf, UNIQUE_FIELDS, type CollectionName } from '@core/kernel/store/collections';
import { DEPLOYED_FUNCTIONS, functionSettings, type TimerTrigger } from './function-config';

/**
 * Everything `npm run deploy` makes true in a CloudBase environment, as data: the functions with
 * their settings and triggers, every collection with its indexes and client rule, the storage rule,
 * and the one-time steps. Pure, so `--dry-run` prints it with no network and tests read it.
 */

/** CloudBase's per-collection client rule: only the admin side (the cloud functions) reads or writes. */
export const COLLECTION_ACL = 'ADMINONLY';

/**
 * Cloud storage rule: clients may upload their own ticket files but never read any file; reads go
 * through tickets.attachmentLink (the function checks the caller, then asks for a 5-minute temp URL).
 */
export const STORAGE_RULE = { read: false, write: 'resource.openid == auth.openid' } as const;

/** Memory per function (MB): CloudBase's smallest size that keeps cold starts of the bundles short. */
export const FUNCTION_MEMORY_MB = 256;

export interface PlannedFunction {
  name: string;
  timeout: number;
  memory: number;
  openapi: readonly string[];
  triggers: readonly TimerTrigger[];
}

export interface PlannedIndex {
  name: string;
  /** One field, or a compound key (equality fields first, then the sort field). */
  fields: string[];
  unique: boolean;
}

export interface PlannedCollection {
  name: string;
  indexes: PlannedIndex[];
  acl: typeof COLLECTION_ACL;
}

export interface PlannedMigration {
  id: string;
  collection: string;
  toVersion: number;
  description: string;
}

/**
 * The function that runs the migrations (core/migrations) in the cloud, against the CloudBase adapter:
 * deployed first, invoked through manager-node until it reports done, before the other functions are
 * replaced. A function because the steps are written once over the DocStore port and the cloud
 * adapter is the tested way to reach the database; manager-node's raw database commands would need a
 * second, untested adapter. The scheduler because it is the trigger-only function and has the
 * longest timeout (its tick waits while a step is pending).
 */
export const MIGRATION_RUNNER = 'scheduler';

export interface DeployPlan {
  envId: string;
  functions: PlannedFunction[];
  collections: PlannedCollection[];
  storageRule: typeof STORAGE_RULE;
  migrations: PlannedMigration[];
}

export const indexName = (fields: readonly string[], unique: boolean): string =>
  `${fields.map((field) => `${field}_1`).join('_')}${unique ? '_unique' : ''}`;

export const deployPlan = (envId: string): DeployPlan => ({
  envId,
  functions: DEPLOYED_FUNCTIONS.map((name) => {
    const settings = functionSettings(name);
    return {
      name,
      timeout: settings.timeout,
      memory: FUNCTION_MEMORY_MB,
      openapi: settings.openapi,
      triggers: settings.triggers,
    };
  }),
  collections: (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => ({
    name,
    // The same list the SQLite adapter creates and database.json carries (compound keys first).
    indexes: indexesOf(name).map((fields) => {
      const unique = fields.length === 1 && (UNIQUE_FIELDS[name] ?? []).includes(fields[0] ?? '');
      return { name: indexName(fields, unique), fields, unique };
    }),
    acl: COLLECTION_ACL,
  })),
  storageRule: STORAGE_RULE,
  migrations: MIGRATION_STEPS.map(({ id, collection, toVersion, description }) => ({
    id,
    collection,
    toVersion,
    description,
  })),
});

/** The plan as the lines `--dry-run` prints: every step in the order a real run takes them, then the counts. */
export const describePlan = (plan: DeployPlan): string[] => {
  const triggers = plan.functions.flatMap((fn) => fn.triggers.map((t) => ({ fn: fn.name, ...t })));
  const indexes = plan.collections.reduce((sum, c) => sum + c.indexes.length, 0);
  const describeFunction = (fn: PlannedFunction) =>
    `function ${fn.name}: timeout ${fn.timeout}s, memory ${fn.memory} MB, openapi [${fn.openapi.join(', ')}]` +
    (fn.triggers.length ? `, triggers ${fn.triggers.map((t) => t.name).join(', ')}` : '');
  const runner = plan.functions.filter((fn) => fn.name === MIGRATION_RUNNER);
  const serving = plan.functions.filter((fn) => fn.name !== MIGRATION_RUNNER);
  return [
    `deploy to CloudBase environment ${plan.envId}`,
    'build: taro build --type weapp (ZD_CLOUD_ENV pinned), build:functions',
    ...plan.collections.map(
      (c) =>
        `collection ${c.name}: rule ${c.acl}, indexes [${c.indexes.map((i) => `${i.fields.join('+')}${i.unique ? ' (unique)' : ''}`).join(', ')}]`,
    ),
    ...runner.map(describeFunction),
    ...triggers.map((t) => `trigger ${t.fn}/${t.name}: ${t.type} "${t.config}"`),
    ...plan.migrations.map(
      (m) =>
        `migration ${m.id} (${m.collection} → v${m.toVersion}, through ${MIGRATION_RUNNER}, before the other functions serve; ` +
        `once, recorded in migrations): ${m.description}`,
    ),
    ...serving.map(describeFunction),
    `migrations again for the steps this run applied: documents the previous functions wrote meanwhile`,
    `storage rule: read ${String(plan.storageRule.read)}, write "${plan.storageRule.write}"`,
    'settings: zone, visits, calendar written only where absent (the catalog function seeds on its first call)',
    'bootstrap: where settings/bootstrap is absent, a one-time 8-digit code for the first admin, stored hashed, printed once',
    `${plan.functions.length} functions, ${triggers.length} trigger, ${plan.collections.length} collections, ` +
      `${indexes} indexes, ${plan.collections.length} collection rules, 1 storage rule, ${plan.migrations.length} migration steps`,
  ];
};
