/**
 * The weapp package sizes against our budget (`npm run size`, after `npm run build:weapp`).
 * WeChat refuses an upload whose main package or any subpackage exceeds 2 MB; we aim far lower,
 * since everything in the main package is downloaded before the first screen.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const KB = 1024;
export const MAIN_GOAL = 700 * KB;
export const HARD_LIMIT = 1024 * KB;
export const WECHAT_LIMIT = 2048 * KB;

export interface PackageSizes {
  main: number;
  subpackages: { root: string; bytes: number }[];
  total: number;
}

/** Files that are not uploaded as part of any package. */
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json']);

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });

const subpackageRoots = (appJson: string): string[] => {
  const app = JSON.parse(readFileSync(appJson, 'utf8')) as Record<string, unknown>;
  const list = app.subPackages ?? app.subpackages ?? [];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const root = typeof entry === 'object' && entry !== null ? (entry as { root?: unknown }).root : undefined;
    return typeof root === 'string' ? [root.replace(/^\/+|\/+$/g, '')] : [];
  });
};

/** Sizes by package: a file belongs to the subpackage whose root contains it, else to the main package. */
export const measurePackages = (distDir: string): PackageSizes => {
  const roots = subpackageRoots(join(distDir, 'app.json'));
  const sizes = new Map<string, number>(roots.map((root) => [root, 0]));
  let main = 0;
  let total = 0;
  for (const file of listFiles(distDir)) {
    const path = relative(distDir, file).split(sep).join('/');
    if (NOT_UPLOADED.has(path) || path.endsWith('.LICENSE.txt') || path.endsWith('.map')) continue;
    const bytes = statSync(file).size;
    total += bytes;
    const root = roots.find((r) => path.startsWith(`${r}/`));
    if (root === undefined) main += bytes;
    else sizes.set(root, (sizes.get(root) ?? 0) + bytes);
  }
  return { main, subpackages: roots.map((root) => ({ root, bytes: sizes.get(root) ?? 0 })), total };
};

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`.padStart(10);

/**
 * Why a build is not what would be uploaded, or null. Taro keeps an inherited NODE_ENV: a build run
 * with NODE_ENV=test or development is still minified but carries its development runtime
 * (polyfills, React's dev code — about 170 KB more), so its sizes say nothing about the budget.
 */
const notProduction = (distDir: string): string | null => {
  const app = readFileSync(join(distDir, 'app.js'), 'utf8');
  if (app.length / Math.max(1, app.split('\n').length) < 500) return 'not minified';
  const taro = join(distDir, 'taro.js');
  if (existsSync(taro) && readFileSync(taro, 'utf8').includes('handleObjectAssignPolyfill')) {
    return "built with NODE_ENV other than 'production'";
  }
  return null;
};

const main = (): number => {
  const distDir = resolve(__dirname, '..', 'dist', 'weapp');
  if (!existsSync(join(distDir, 'app.json'))) {
    process.stderr.write('dist/weapp is missing: run `npm run build:weapp` first\n');
    return 1;
  }
  const sizes = measurePackages(distDir);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const mainVerdict = sizes.main > HARD_LIMIT ? 'OVER HARD LIMIT' : sizes.main > MAIN_GOAL ? 'over goal' : 'ok';
  say(
    `weapp packages (goal ≤ ${MAIN_GOAL / KB} KB main, fail > ${HARD_LIMIT / KB} KB, WeChat limit ${WECHAT_LIMIT / KB} KB each)`,
  );
  say(`  main package          ${kb(sizes.main)}  ${mainVerdict}`);
  for (const sub of sizes.subpackages) {
    say(`  ${sub.root.padEnd(21)} ${kb(sub.bytes)}  ${sub.bytes > HARD_LIMIT ? 'OVER HARD LIMIT' : 'ok'}`);
  }
  say(`  total                 ${kb(sizes.total)}`);
  const unfit = notProduction(distDir);
  if (unfit) {
    process.stderr.write(`dist/weapp is not a production build (${unfit}): rebuild with NODE_ENV=production\n`);
    return 1;
  }
  const over = [sizes.main, ...sizes.subpackages.map((s) => s.bytes)].some((bytes) => bytes > HARD_LIMIT);
  return over ? 1 : 0;
};

// Run as a script (tsx), not when imported by a test. `require.main` is shadowed by WeChat's typings.
if (resolve(process.argv[1] ?? '') === __filename) process.exitCode = main();
