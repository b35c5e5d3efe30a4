/**
 * The deployable cloud functions, as built: what is uploaded must load on its own (only Node
 * built-ins and wx-server-sdk may be required) and answer through the real wx-server-sdk, with the
 * database behind it served by the in-process CloudBase harness.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import type * as Cloud from 'wx-server-sdk';
import { settle } from '../../cloudfunctions/src/adapters/cloud-database';
import { externalsOf } from '../../cloudfunctions/src/deploy/bundle-checks';
import { IDLE_TICK_DONE } from '@tests/support/tick-jobs';
import {
  DEPLOYED_FUNCTIONS,
  functionConfigJson,
  functionSettings,
} from '../../cloudfunctions/src/deploy/function-config';
import { COLLECTION_NAMES } from '@core/kernel/store/collections';
import { MIGRATION_STEPS } from '@core/app/migrations';
import { buildFunctions, type BuiltFunction } from '../../scripts/build-functions';
import { routeDefaultEnv, type DefaultEnvDatabase } from './default-env-harness';

const ROOT = resolve(__dirname, '..', '..');

type FunctionMain = (event: unknown, context: unknown) => Promise<unknown>;

let outDir = '';
let built: BuiltFunction[] = [];

beforeAll(async () => {
  // Inside the repo's node_modules so the bundles resolve wx-server-sdk the way the cloud's
  // installed copy would, and so jest loads them untransformed.
  const cacheDir = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  outDir = mkdtempSync(join(cacheDir, 'zd-function-bundles-'));
  built = await buildFunctions(outDir);
  // Seven esbuild bundles (each inlines core/) take longer than jest's 5 s on a loaded machine.
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const bundleOf = (fn: string): string => readFileSync(join(outDir, fn, 'index.js'), 'utf8');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the built cloud functions', () => {
  it('builds one folder per function of the contract, each deployable as is', () => {
    expect(built.map((f) => f.name).sort()).toEqual([...DEPLOYED_FUNCTIONS].sort());
    for (const fn of DEPLOYED_FUNCTIONS) {
      expect(readJson(join(outDir, fn, 'package.json'))).toMatchObject({
        name: fn,
        main: 'index.js',
        dependencies: { 'wx-server-sdk': '4.0.2', ...(fn === 'tickets' ? { exceljs: '^4.4.0' } : {}) },
      });
      expect(
        Object.keys((readJson(join(outDir, fn, 'package.json')) as { dependencies: object }).dependencies),
      ).toEqual(externalsOf(fn));
      expect(readJson(join(outDir, fn, 'config.json'))).toEqual(functionConfigJson(functionSettings(fn)));
    }
  });

  it('carries only its own handlers: a ticket or visit message is in that function alone', () => {
    const carriers = (text: string) => DEPLOYED_FUNCTIONS.filter((fn) => bundleOf(fn).includes(text));
    // From core/tickets/ticket-access.ts and core/handlers/ticket-attachment-handler.ts.
    expect(carriers('申请不存在或无权查看')).toEqual(['tickets']);
    expect(carriers('文件不存在或无权查看')).toEqual(['tickets']);
    // From the visit handlers.
    expect(carriers('预约不存在')).toEqual(['visits']);
    // From core/projects/handlers/project-access.ts.
    expect(carriers('项目不存在或无权查看')).toEqual(['projects']);
    const sizes = Object.fromEntries(built.map((f) => [f.name, f.bytes]));
    // account is left out: it carries the holiday calendar (chinese-days' table, ~78 KB) for the
    // office's notice that next year's schedule is missing, the settings check and the invite bind.
    // Each function carries only its own actions' schemas (dispatch is given its definitions): the whole
    // contract was ~45 KB more in every bundle, and catalog and messages were ~195 KB.
    for (const fn of ['catalog', 'messages']) expect(sizes[fn]).toBeLessThan(160 * 1024);
    // exceljs (2.8 MB bundled) is installed by the cloud for tickets, not inlined.
    for (const fn of DEPLOYED_FUNCTIONS) expect(sizes[fn]).toBeLessThan(400 * 1024);
  });

  it('requires nothing but Node built-ins, wx-server-sdk and its own dependencies (exceljs for tickets)', () => {
    const builtins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
    for (const fn of DEPLOYED_FUNCTIONS) {
      const allowed = new Set([...builtins, ...externalsOf(fn)]);
      const code = bundleOf(fn);
      const required = [...code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]);
      expect(required).toContain('wx-server-sdk');
      expect(required.includes('exceljs')).toBe(fn === 'tickets');
      expect(required.filter((name) => name === undefined || !allowed.has(name))).toEqual([]);
      // A computed require would escape the scan above.
      const calls = code.match(/\brequire\(/g) ?? [];
      expect(calls).toHaveLength(required.length);
    }
  });

  it('loads in a plain Node process and exports main', () => {
    for (const fn of DEPLOYED_FUNCTIONS) {
      const script = `const m = require(${JSON.stringify(join(outDir, fn, 'index.js'))});
        if (typeof m.main !== 'function') throw new Error('no main');
        process.stdout.write(Object.keys(m).join(','));`;
      const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('main');
    }
  });

  it('describes every collection with client access denied', () => {
    const db = readJson(join(outDir, 'database.json')) as {
      collections: {
        name: string;
        rules: unknown;
        indexes: { name: string; keys: { name: string }[]; unique: boolean }[];
      }[];
    };
    expect(db.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    for (const c of db.collections) expect(c.rules).toEqual({ read: false, write: false });
    const parks = db.collections.find((c) => c.name === 'parks');
    expect(parks?.indexes.map((i) => i.keys[0]?.name)).toEqual(['order', 'industryIds', 'name']);
    // The inbox's compound index, as the SQLite adapter creates it; no separate index on its first field.
    const tickets = db.collections.find((c) => c.name === 'tickets');
    const keysOf = (name: string) => tickets?.indexes.find((i) => i.name === name)?.keys.map((k) => k.name);
    expect(keysOf('openWithUserId_1_createdAt_1')).toEqual(['openWithUserId', 'createdAt']);
    expect(keysOf('openWithUserId_1')).toBeUndefined();
    const unique = db.collections.flatMap((c) =>
      c.indexes.filter((i) => i.unique).map((i) => `${c.name}.${i.keys[0]?.name}`),
    );
    expect(unique).toEqual(['users.openid']);
  });
});

describe('a built function running on wx-server-sdk against the CloudBase harness', () => {
  let database: DefaultEnvDatabase;
  const savedEnv = { ...process.env };

  const load = (fn: string): FunctionMain => {
    // Through jest's registry, so the bundle shares the wx-server-sdk instance the harness pinned.
    const mod = jest.requireActual<{ main: FunctionMain }>(join(outDir, fn, 'index.js'));
    return mod.main;
  };

  // The functions log JSON lines to the console, where CloudBase collects them.
  let logged: jest.SpyInstance;

  beforeAll(() => {
    database = routeDefaultEnv();
    logged = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterAll(() => {
    logged.mockRestore();
    database.close();
  });

  afterEach(() => {
    process.env = { ...savedEnv };
  });

  it('seeds the catalogue on first call and answers catalog.parks.list', async () => {
    const main = load('catalog');
    const answer = (await main({ action: 'catalog.parks.list', input: {} }, {})) as {
      ok: boolean;
      data?: { items: { id: string; name: string }[] };
    };
    expect(answer.ok).toBe(true);
    expect(answer.data?.items.map((p) => p.name)).toContain('京德智造产业园');
    const marker = await settle(database.db.collection('settings').doc('seed').get());
    expect(marker.data).toMatchObject({ _id: 'seed' });
    // The cloud never gets the demo personas.
    expect((await settle(database.db.collection('users').count())).total).toBe(0);
    const lines = logged.mock.calls.map(([line]) => JSON.parse(String(line)) as unknown);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', message: 'catalogue seeded' }));
  });

  it('answers actions of other functions with NOT_FOUND', async () => {
    const answer = await load('catalog')({ action: 'account.whoami', input: {} }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('takes the caller from the platform context, never from the event', async () => {
    const main = load('account');
    const forged = { action: 'account.whoami', input: {}, userInfo: { openId: 'o-forged' }, openid: 'o-forged' };
    expect(await main(forged, {})).toMatchObject({ ok: true, data: { roles: [] } });

    process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID';
    process.env.WX_OPENID = 'o-platform-user';
    process.env.WX_APPID = 'wx-test';
    expect(await main({ action: 'account.whoami', input: {} }, {})).toMatchObject({
      ok: true,
      data: { roles: ['visitor'] },
    });
  });

  it('runs the scheduler only for the platform timer and the migrations only for the deploy, never for a client', async () => {
    const main = load('scheduler');
    expect(await main({}, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID';
    process.env.WX_OPENID = 'o-curious-user';
    process.env.TCB_SOURCE = 'wx_client';
    expect(await main({ Type: 'Timer', TriggerName: 'tick' }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    process.env.TCB_SOURCE = 'wx_client,scf';
    expect(await main({}, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await main({ migrate: true }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    process.env.TCB_SOURCE = 'wx_trigger';
    delete process.env.WX_OPENID;
    // A fresh environment: the tick waits until the deploy has run the migrations.
    expect(await main({ Type: 'Timer', TriggerName: 'tick' }, {})).toEqual({
      ok: true,
      data: { done: [], failed: [], skipped: expect.arrayContaining(['slaEscalations', 'dashboardRollup']) },
    });
    // Only the deploy (manager-node's invoke: no user, no WeChat source) may run them; not the timer.
    expect(await main({ migrate: true }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    delete process.env.TCB_SOURCE;
    expect(await main({ migrate: true }, {})).toMatchObject({
      ok: true,
      data: {
        // Every step the release carries, in order; on a fresh database none has anything to upgrade.
        applied: MIGRATION_STEPS.map((step) => ({ id: step.id, upgraded: 0 })),
      },
    });
    expect(MIGRATION_STEPS.length).toBeGreaterThanOrEqual(7);
    expect((await settle(database.db.collection('migrations').count())).total).toBe(MIGRATION_STEPS.length);

    process.env.TCB_SOURCE = 'wx_trigger';
    expect(await main({ Type: 'Timer', TriggerName: 'tick' }, {})).toEqual({
      ok: true,
      data: {
        done: IDLE_TICK_DONE,
        failed: [],
        skipped: [],
      },
    });
  });

  it('exports a workbook from the tickets function with the exceljs its package.json installs', async () => {
    await settle(
      database.db.collection('users').add({
        data: {
          _id: 'u-office',
          version: 1,
          openid: 'o-office',
          name: '招商办',
          roles: ['admin'],
          organisation: null,
          phone: null,
          createdAt: 0,
        },
      }),
    );
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID';
    process.env.WX_OPENID = 'o-office';
    process.env.TCB_SOURCE = 'wx_client';
    // Cloud storage is the platform's; the workbook's bytes are what this checks. The module object
    // itself (not an import wrapper), so the bundle's require sees the stand-ins.
    const cloud = jest.requireActual<typeof Cloud>('wx-server-sdk');
    const uploaded: Buffer[] = [];
    const upload = jest.spyOn(cloud, 'uploadFile').mockImplementation((async (params: { fileContent: Buffer }) => {
      uploaded.push(params.fileContent);
      return { fileID: 'cloud://zd-harness/exports/book.xlsx' };
    }) as unknown as typeof cloud.uploadFile);
    const link = jest
      .spyOn(cloud, 'getTempFileURL')
      .mockResolvedValue({ fileList: [{ tempFileURL: 'https://tmp.example/book.xlsx' }] } as never);
    try {
      const answer = await load('tickets')(
        {
          action: 'tickets.export',
          input: { report: 'dashboard', preset: 'month', scope: 'all' },
          requestId: 'req-export-1',
        },
        {},
      );
      expect(answer).toMatchObject({ ok: true, data: { url: 'https://tmp.example/book.xlsx' } });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(uploaded[0] as unknown as ArrayBuffer);
      expect(book.getWorksheet('概览')?.getCell('A2').value).toEqual(expect.stringContaining('筛选条件'));
    } finally {
      upload.mockRestore();
      link.mockRestore();
    }
  });

  it('turns bad input into INVALID_INPUT and an unknown action into NOT_FOUND', async () => {
    const main = load('catalog');
    expect(await main({ action: 'catalog.parks.list', input: { bogus: 1 } }, {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await main(null, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
