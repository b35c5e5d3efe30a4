import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { deployPlan } from '../../cloudfunctions/src/deploy/deploy-plan';
import { FUNCTION_NAMES } from '@core/app/contract';
import { MIGRATION_STEPS } from '@core/app/migrations';
import { COLLECTION_NAMES, indexesOf } from '@core/kernel/store/collections';
import { parseDeployArgs } from '../../scripts/deploy';

const ROOT = resolve(__dirname, '..', '..');

describe('npm run deploy -- --dry-run', () => {
  it('prints every step and exits 0 with the network refused', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        join(__dirname, 'no-network.cjs'),
        '--import',
        'tsx',
        'scripts/deploy.ts',
        '--env',
        'test-env',
        '--dry-run',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    // One function per action domain of the contract, plus the timer-only scheduler.
    expect(lines.filter((l) => l.trim().startsWith('function '))).toHaveLength(FUNCTION_NAMES.length + 1);
    expect(lines.filter((l) => l.trim().startsWith('trigger '))).toEqual([
      '  trigger scheduler/tick: timer "0 */5 * * * * *"',
    ]);
    expect(lines.filter((l) => / collection \w+: rule ADMINONLY/.test(l))).toHaveLength(COLLECTION_NAMES.length);
    expect(run.stdout).toContain('collection users: rule ADMINONLY, indexes [openid (unique), roles]');
    expect(run.stdout).toContain('storage rule: read false');
    const indexCount = COLLECTION_NAMES.reduce((sum, name) => sum + indexesOf(name).length, 0);
    const n = COLLECTION_NAMES.length;
    expect(run.stdout).toContain(
      `${FUNCTION_NAMES.length + 1} functions, 1 trigger, ${n} collections, ${indexCount} indexes, ${n} collection rules, 1 storage rule`,
    );
    expect(run.stdout).toContain('collection tickets: rule ADMINONLY, indexes [ownerUserId+createdAt, ');
    // Every migration step, in order, after the runner and before the functions that serve.
    const at = (prefix: string) => lines.findIndex((l) => l.trim().startsWith(prefix));
    const steps = lines.filter((l) => l.trim().startsWith('migration ')).map((l) => l.trim().split(' ')[1]);
    expect(steps).toEqual(MIGRATION_STEPS.map((step) => step.id));
    expect(at('function scheduler')).toBeLessThan(at('migration 0001'));
    expect(at('migration 0001')).toBeLessThan(at('function tickets'));
    expect(run.stdout).toContain(`1 storage rule, ${MIGRATION_STEPS.length} migration steps`);
  });

  it('refuses a missing or malformed env id and unknown options', () => {
    expect(parseDeployArgs(['--dry-run'])).toMatch(/^usage/);
    expect(parseDeployArgs(['--env', '--dry-run'])).toMatch(/^usage/);
    expect(parseDeployArgs(['--env', 'prod-1a2b', '--force'])).toBe('unknown option --force');
    expect(parseDeployArgs(['--env', 'prod-1a2b'])).toEqual({ envId: 'prod-1a2b', isDryRun: false });
  });
});

describe('the deploy plan', () => {
  it('gives every collection every declared index and a deny-all client rule; the scheduler its permission', () => {
    const plan = deployPlan('test-env');
    expect(plan.collections.map((c) => [c.name, c.indexes.map((i) => i.fields), c.acl])).toEqual(
      COLLECTION_NAMES.map((name) => [name, indexesOf(name), 'ADMINONLY']),
    );
    const scheduler = plan.functions.find((f) => f.name === 'scheduler');
    expect(scheduler).toMatchObject({ timeout: 60, openapi: ['subscribeMessage.send'] });
    expect(plan.storageRule.read).toBe(false);
  });
});
