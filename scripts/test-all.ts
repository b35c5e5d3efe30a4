/**
 * `npm test`: every check, in the order that fails fastest. Prints each step's time.
 * Core and handler tests run twice, under TZ=Asia/Shanghai and TZ=UTC, because cloud functions
 * run in UTC while phones run at +08:00 and no answer may depend on that.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const npx = (...args: string[]) => ['npx', ...args];

const STEPS: Step[] = [
  { name: 'typecheck', command: npx('tsc', '--noEmit', '-p', 'tsconfig.json') },
  { name: 'lint', command: npx('eslint', '.') },
  { name: 'format', command: npx('prettier', '--check', '.') },
  { name: 'build weapp', command: npx('taro', 'build', '--type', 'weapp'), env: { NODE_ENV: 'production' } },
  { name: 'wechat checks (miniprogram-ci, offline)', command: npx('tsx', 'scripts/wechat-checks.ts') },
  { name: 'build h5', command: npx('taro', 'build', '--type', 'h5'), env: { NODE_ENV: 'production' } },
  { name: 'unit + page + weapp tests (TZ=Asia/Shanghai)', command: npx('jest'), env: { TZ: 'Asia/Shanghai' } },
  {
    name: 'core + server tests (TZ=UTC)',
    command: npx('jest', 'core', 'server', 'cloudfunctions'),
    env: { TZ: 'UTC' },
  },
  { name: 'browser tests (Chromium)', command: npx('jest', '-c', 'jest.e2e.config.js'), env: { TZ: 'UTC' } },
];

const only = process.argv.slice(2);
const started = Date.now();
const resultsDir = mkdtempSync(join(tmpdir(), 'zd-test-results-'));
const totals = { passed: 0, failed: 0 };

/** Jest steps also write a JSON summary, so the run can end with one plain count of every test. */
const withSummary = (step: Step, index: number): { args: string[]; file: string | null } => {
  const [, ...args] = step.command;
  if (args[0] !== 'jest') return { args, file: null };
  const file = join(resultsDir, `step-${index}.json`);
  return { args: [...args, '--json', `--outputFile=${file}`], file };
};

const countFrom = (file: string | null): void => {
  if (!file || !existsSync(file)) return;
  const summary = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  totals.passed += summary.numPassedTests;
  totals.failed += summary.numFailedTests;
};
for (const [index, step] of STEPS.entries()) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${step.name}\n`);
  const { args, file } = withSummary(step, index);
  const result = spawnSync(step.command[0] ?? 'npx', args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  countFrom(file);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`✖ ${step.name} failed after ${seconds}s\n`);
    process.stdout.write(`${totals.passed} passed, ${Math.max(1, totals.failed)} failed\n`);
    rmSync(resultsDir, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✔ ${step.name} (${seconds}s)\n`);
}
rmSync(resultsDir, { recursive: true, force: true });
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
// The plain closing line CI reads: every jest test of every step, counted once per run.
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
