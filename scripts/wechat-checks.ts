/**
 * WeChat's own checks on dist/weapp, offline: miniprogram-ci's code-quality scan (every check must
 * pass) and its compiler (getCompiledResult, the code DevTools would upload), with no upload key and
 * no network. Then: every compiled JS file must parse as ES5 (what es6/enhance make of it for old iOS
 * engines), and dist/weapp's own JS as ES2019 (no `?.` / `??` even before WeChat's compiler).
 * Run after `taro build --type weapp`: `npx tsx scripts/wechat-checks.ts`; exits non-zero on a failure.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkWeappOutput, jsFilesUnder, syntaxProblems } from './wechat-checks/weapp-output';

const ROOT = resolve(__dirname, '..');
const WEAPP_DIR = join(ROOT, 'dist', 'weapp');

interface QualityItem {
  name: string;
  success: boolean;
  text: string;
}

// miniprogram-ci ships CommonJS with loose typings; only these four members are used.
interface MiniprogramCi {
  Project: new (options: Record<string, unknown>) => object;
  DefaultProjectAttr: unknown;
  proxy: (url: string) => void;
  checkCodeQuality: (project: object) => Promise<QualityItem[]>;
  getCompiledResult: (options: Record<string, unknown>) => Promise<Record<string, string | Buffer>>;
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const main = async (): Promise<number> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS tool, loaded as such
  const ci = require('miniprogram-ci') as MiniprogramCi;
  // Its compiler asks WeChat once for the upload file-type list and falls back to the built-in one;
  // a dead loopback proxy keeps that attempt on this machine.
  ci.proxy('http://127.0.0.1:9');
  const appid = (JSON.parse(readFileSync(join(WEAPP_DIR, 'project.config.json'), 'utf8')) as { appid: string }).appid;
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: WEAPP_DIR,
    // No upload key: neither check signs anything, and the project attributes come from the defaults.
    privateKey: 'offline',
    attr: async () => ci.DefaultProjectAttr,
  });
  const problems: string[] = [];

  say('checkCodeQuality:');
  const quality = await ci.checkCodeQuality(project);
  for (const item of quality) say(`  ${item.success ? 'pass' : 'FAIL'}  ${item.name}`);
  problems.push(...quality.filter((item) => !item.success).map((item) => `quality check ${item.name}: ${item.text}`));
  if (quality.length === 0) problems.push('checkCodeQuality returned no checks');

  say('getCompiledResult:');
  const compiled = await ci.getCompiledResult({ project, version: '0.0.0', setting: { useProjectConfig: true } });
  const compiledJs = Object.entries(compiled).filter(([file]) => file.endsWith('.js'));
  say(`  ${Object.keys(compiled).length} files compiled, ${compiledJs.length} JS`);
  problems.push(
    ...compiledJs.flatMap(([file, code]) => syntaxProblems(`compiled ${file}`, String(code), 5)),
    ...jsFilesUnder(WEAPP_DIR).flatMap((file) =>
      syntaxProblems(`dist/weapp/${file}`, readFileSync(join(WEAPP_DIR, file), 'utf8'), 2019),
    ),
    ...checkWeappOutput(WEAPP_DIR, new Set(Object.keys(compiled))),
  );

  if (problems.length) {
    for (const problem of problems) process.stderr.write(`✖ ${problem}\n`);
    return 1;
  }
  say(`  compiled JS parses as ES5; dist/weapp JS as ES2019; app.json, sitemap.json and project settings ok`);
  return 0;
};

// Explicit exit: the compiler leaves a file watcher running that would keep the process alive.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`wechat-checks failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
