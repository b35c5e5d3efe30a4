import { typedStore } from '@core/kernel/store/doc-store';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runMigrations } from '@core/app/migrations';
import { seedDatabase } from '@core/app/seed';
import { createApp } from './app';
import { localExportFiles } from './exports/export-files';
import { localInviteImages } from './invites/invite-qr';
import { adjustableClock, parseClockStart } from './demo-clock';
import { checkProductionDataDir, DEMO_SECRET_FILE, PRODUCTION_SECRET_FILE } from './production-guard';
import { ensureH5Build } from './h5-build';
import { startSchedulerTimer } from './jobs/scheduler-timer';
import { serverDeps } from './server-deps';
import { SqliteDocStore } from './store/sqlite-doc-store';

const root = resolve(__dirname, '..');
const isProduction = process.env.NODE_ENV === 'production' || process.argv.includes('--production');
const port = Number(process.env.PORT ?? 8787);
const dataDir = resolve(process.env.ZD_DATA_DIR ?? join(root, '.data'));
const staticDir = join(root, 'dist', 'h5');
const say = (line: string) => process.stdout.write(`${line}\n`);

/** The signing secret survives restarts so sessions do, and never leaves the data dir. */
const sessionSecret = (): string => {
  if (process.env.ZD_SESSION_SECRET) return process.env.ZD_SESSION_SECRET;
  const file = join(dataDir, isProduction ? PRODUCTION_SECRET_FILE : DEMO_SECRET_FILE);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
};

const main = async (): Promise<void> => {
  mkdirSync(dataDir, { recursive: true });
  if (!process.argv.includes('--no-build')) ensureH5Build(root, staticDir, say);
  const store = typedStore(new SqliteDocStore(join(dataDir, 'zero-distance.db')));
  if (isProduction) {
    const guard = await checkProductionDataDir(store, dataDir, process.argv.includes('--purge-demo'));
    if (!guard.ok) {
      process.stderr.write(`${guard.message}\n`);
      store.close();
      process.exit(1);
    }
    if (guard.purged > 0) say(`已清除 ${guard.purged} 条演示人员数据，演示会话密钥已作废`);
  }
  // Demo mode's clock can start at a given instant and be moved forward for deadline demos and tests;
  // production's is real time and nothing moves it.
  const clockStart = process.env.ZD_CLOCK_START;
  if (isProduction && clockStart) throw new Error('ZD_CLOCK_START is for demo mode only');
  const demoClock = isProduction
    ? undefined
    : adjustableClock(undefined, clockStart ? parseClockStart(clockStart) : undefined);
  const deps = serverDeps(store, undefined, demoClock);
  // Data of an earlier release is brought to this one's shape before anything reads it (scheduler, requests).
  const migrated = await runMigrations(store, { now: deps.clock.now });
  for (const step of migrated.applied) if (step.upgraded > 0) say(`已升级数据 ${step.id}：${step.upgraded} 条`);
  if (await seedDatabase(store, deps.clock.now(), { withDemoUsers: !isProduction })) say('已初始化演示数据');
  const uploadsDir = join(dataDir, 'uploads');
  const exportsDir = join(dataDir, 'exports');
  const secret = sessionSecret();
  // Export links expire on real time, like the session that asked for them.
  deps.exportFiles = localExportFiles(exportsDir, secret, { now: () => Date.now() });
  // Invite QR codes hold the H5 bind link: ZD_PUBLIC_URL where phones reach the stack by another address.
  deps.inviteImages = localInviteImages(process.env.ZD_PUBLIC_URL ?? `http://127.0.0.1:${port}`);
  const scheduler = startSchedulerTimer(deps, undefined, undefined, {
    removeFile: (uploadId) => rm(join(uploadsDir, uploadId), { force: true }),
  });
  const server = createApp({
    deps,
    isProduction,
    sessionSecret: secret,
    staticDir,
    demoClock,
    uploadsDir,
    exportsDir,
    // Demo mode only: a tick on request, next to the movable clock.
    ...(isProduction ? {} : { runTickNow: scheduler.runNow }),
  });
  server.listen(port, '127.0.0.1', () => {
    say(`零距离 本地服务已启动${isProduction ? '（生产模式）' : '（演示模式）'}: http://127.0.0.1:${port}/`);
  });
  const stop = () => {
    say('正在停止…');
    scheduler.stop();
    server.close(() => {
      store.close();
      process.exit(0);
    });
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
