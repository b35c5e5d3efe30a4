/**
 * Bundles each cloud function (one per action domain in core/contract) into a deployable folder:
 *   dist/cloudfunctions/<fn>/{index.js, package.json, config.json}
 *   dist/cloudfunctions/{database.json, cloudbaserc.json}
 * core/ is inlined; wx-server-sdk (and a function's FUNCTION_DEPENDENCIES, e.g. exceljs for tickets) stay
 * external and are installed by the cloud from the function's package.json.
 * Run with `npm run build:functions`; exits non-zero on any failure.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cloudbasercJson } from '../cloudfunctions/src/deploy/cloudbaserc-json';
import { externalsOf, isAllowedRequire, newerThanNode16 } from '../cloudfunctions/src/deploy/bundle-checks';
import { databaseJson } from '../cloudfunctions/src/deploy/database-json';
import { DEPLOYED_FUNCTIONS, functionConfigJson, functionSettings } from '../cloudfunctions/src/deploy/function-config';

const ROOT = resolve(__dirname, '..');
const ENTRY_DIR = join(ROOT, 'cloudfunctions', 'src', 'functions');
export const DEFAULT_OUT_DIR = join(ROOT, 'dist', 'cloudfunctions');

export interface BuiltFunction {
  name: string;
  dir: string;
  bytes: number;
}

/** Every function named by the contract has an entry file, and every entry file is such a function. */
const checkEntries = (names: readonly string[]): void => {
  const entries = readdirSync(ENTRY_DIR)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.slice(0, -'.ts'.length));
  const missing = names.filter((name) => !entries.includes(name));
  const stray = entries.filter((entry) => !names.includes(entry));
  const problems = [
    ...missing.map((name) => `no entry file cloudfunctions/src/functions/${name}.ts for function "${name}"`),
    ...stray.map(
      (entry) =>
        `cloudfunctions/src/functions/${entry}.ts matches no action domain in core/contract nor a trigger function`,
    ),
  ];
  if (problems.length) throw new Error(problems.join('\n'));
};

type Versions = Record<string, string>;

/** The root package.json's versions: a function's package.json asks the cloud for the same ones. */
const rootVersions = (): Versions => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Versions;
    devDependencies?: Versions;
  };
  return { ...pkg.devDependencies, ...pkg.dependencies };
};

const dependenciesOf = (name: string, versions: Versions): Versions =>
  Object.fromEntries(
    externalsOf(name).map((dep) => {
      const version = versions[dep];
      if (!version) throw new Error(`${dep} (a dependency of function ${name}) is not in package.json`);
      return [dep, version];
    }),
  );

const writeJson = (file: string, value: unknown): void => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

const bundleFunction = async (name: string, outDir: string, versions: Versions): Promise<BuiltFunction> => {
  const dir = join(outDir, name);
  const outfile = join(dir, 'index.js');
  const { metafile } = await build({
    entryPoints: [join(ENTRY_DIR, `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: externalsOf(name),
    // import('exceljs') as a plain require: the function is CommonJS, and a loader that runs it in a
    // vm (jest) has no dynamic import.
    supported: { 'dynamic-import': false },
    // Chinese messages stay readable in the cloud console's code view.
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(metafile.outputs).flatMap((output) => output.imports);
  const foreign = imports.filter((i) => i.external && !isAllowedRequire(i.path, name)).map((i) => i.path);
  if (foreign.length) throw new Error(`${name}: bundle requires ${foreign.join(', ')} (not installed in the cloud)`);
  const tooNew = newerThanNode16(readFileSync(outfile, 'utf8'));
  if (tooNew.length) throw new Error(`${name}: bundle calls ${tooNew.join(', ')}, missing on Node 16`);

  writeJson(join(dir, 'package.json'), {
    name,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: dependenciesOf(name, versions),
  });
  writeJson(join(dir, 'config.json'), functionConfigJson(functionSettings(name)));
  return { name, dir, bytes: statSync(outfile).size };
};

/** Builds every function into `outDir` (emptied first, so a removed function leaves nothing behind). */
export const buildFunctions = async (outDir: string = DEFAULT_OUT_DIR): Promise<BuiltFunction[]> => {
  checkEntries(DEPLOYED_FUNCTIONS);
  const versions = rootVersions();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const built: BuiltFunction[] = [];
  for (const name of DEPLOYED_FUNCTIONS) built.push(await bundleFunction(name, outDir, versions));
  writeJson(join(outDir, 'database.json'), databaseJson());
  writeJson(
    join(outDir, 'cloudbaserc.json'),
    cloudbasercJson(DEPLOYED_FUNCTIONS.map((name) => ({ name, settings: functionSettings(name) }))),
  );
  return built;
};

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const main = async (): Promise<void> => {
  const started = Date.now();
  const built = await buildFunctions();
  for (const fn of built) {
    process.stdout.write(`  ${fn.name.padEnd(12)} ${kb(fn.bytes).padStart(9)}  ${relative(ROOT, fn.dir)}/index.js\n`);
  }
  const out = relative(ROOT, DEFAULT_OUT_DIR);
  process.stdout.write(`${built.length} cloud functions built into ${out}/ in ${Date.now() - started} ms\n`);
};

// Run as a script (tsx), not when imported by a test. `require.main` is shadowed by WeChat's typings.
if (resolve(process.argv[1] ?? '') === __filename) {
  main().catch((e: unknown) => {
    process.stderr.write(`build-functions failed:\n${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
