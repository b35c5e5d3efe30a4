/**
 * `npm test`: every check, in the order that fails fastest. Prints each step's time.
 * Every jest suite but the browser's runs under TZ=Asia/Shanghai on today's clock, then three more
 * times with the system clock itself at awkward instants (libfaketime), because no test may depend on
 * the day it runs: a Friday evening, the working day before 除夕, and New Year's Eve. Two of those run
 * under TZ=UTC, because cloud functions run in UTC while phones run at +08:00 and no answer may depend
 * on that (a separate real-clock UTC run of core and server was dropped: it added ~150 s and nothing
 * those two runs do not cover).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** A file the step cannot run without, and how to get it. */
  requires?: { file: string; hint: string };
  /** For a faked-clock step: the instant Node must see when it starts. */
  expectedNow?: number;
}

const BOUNDARY_PATHS = ['core', 'src', 'server', 'scripts', 'tests', 'cloudfunctions/src', 'config'];

const npx = (...args: string[]) => ['npx', ...args];

/** Debian's libfaketime (package `faketime`): it moves Node's clock; Chromium ignores it. */
const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

/** Instants at +08:00, each run under a process time zone; FAKETIME is read in that zone. */
const FAKED_INSTANTS: { label: string; at: string; tz: 'UTC' | 'Asia/Shanghai' }[] = [
  { label: 'Friday 17:30', at: '2026-12-04T17:30:00+08:00', tz: 'UTC' },
  { label: 'the working day before 除夕', at: '2027-02-04T16:00:00+08:00', tz: 'Asia/Shanghai' },
  { label: '31 December 23:55', at: '2026-12-31T23:55:00+08:00', tz: 'UTC' },
];

/** "@YYYY-MM-DD hh:mm:ss" in the run's time zone, as libfaketime wants a start time that then runs on. */
const fakeTimeSpec = (at: string, tz: string): string => {
  const offsetMinutes = tz === 'UTC' ? 0 : 480;
  const wall = new Date(Date.parse(at) + offsetMinutes * 60_000).toISOString();
  return `@${wall.slice(0, 10)} ${wall.slice(11, 19)}`;
};

const fakedClockSteps: Step[] = FAKED_INSTANTS.map(({ label, at, tz }) => ({
  name: `unit + page + weapp tests with the system clock at ${label} (${at}, TZ=${tz})`,
  command: npx('jest'),
  env: { TZ: tz, LD_PRELOAD: FAKETIME_LIB, FAKETIME: fakeTimeSpec(at, tz), FAKETIME_NO_CACHE: '1' },
  requires: { file: FAKETIME_LIB, hint: 'apt-get install faketime' },
  expectedNow: Date.parse(at),
}));

/** A faked step that did not fake the clock would pass on today's date and prove nothing: check first. */
const clockIsFaked = (step: Step): boolean => {
  if (step.expectedNow === undefined) return true;
  const probe = spawnSync('node', ['-e', 'process.stdout.write(String(Date.now()))'], {
    env: { ...process.env, ...step.env },
    encoding: 'utf8',
  });
  return Math.abs(Number(probe.stdout) - step.expectedNow) < 60 * 60_000;
};

const STEPS: Step[] = [
  { name: 'typecheck', command: npx('tsc', '--noEmit', '-p', 'tsconfig.json') },
  { name: 'lint', command: npx('eslint', '.') },
  // The layering of docs/ARCHITECTURE.md: kernel ← features ← app, no cycles, pages write through stores.
  { name: 'boundaries', command: npx('depcruise', ...BOUNDARY_PATHS, '--config', '.dependency-cruiser.cjs') },
  { name: 'format', command: npx('prettier', '--check', '.') },
  { name: 'build weapp', command: npx('taro', 'build', '--type', 'weapp'), env: { NODE_ENV: 'production' } },
  { name: 'wechat checks (miniprogram-ci, offline)', command: npx('tsx', 'scripts/wechat-checks.ts') },
  { name: 'build h5', command: npx('taro', 'build', '--type', 'h5'), env: { NODE_ENV: 'production' } },
  { name: 'unit + page + weapp tests (TZ=Asia/Shanghai)', command: npx('jest'), env: { TZ: 'Asia/Shanghai' } },
  ...fakedClockSteps,
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
/** Stops the run with the plain closing line CI reads (at least one failure). */
const fail = (line: string, status = 1): never => {
  process.stdout.write(`${line}\n${totals.passed} passed, ${Math.max(1, totals.failed)} failed\n`);
  rmSync(resultsDir, { recursive: true, force: true });
  process.exit(status);
};

for (const [index, step] of STEPS.entries()) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${step.name}\n`);
  if (step.requires && !existsSync(step.requires.file)) {
    fail(`✖ ${step.name} needs ${step.requires.file} (${step.requires.hint})`);
  }
  if (!clockIsFaked(step)) fail(`✖ ${step.name}: libfaketime did not move the clock`);
  const { args, file } = withSummary(step, index);
  const result = spawnSync(step.command[0] ?? 'npx', args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  countFrom(file);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) fail(`✖ ${step.name} failed after ${seconds}s`, result.status ?? 1);
  process.stdout.write(`✔ ${step.name} (${seconds}s)\n`);
}
rmSync(resultsDir, { recursive: true, force: true });
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
// The plain closing line CI reads: every jest test of every step, counted once per run.
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
