import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { countDemoData, purgeDemoData } from '@core/app/seed';
import type { DocStore } from '@core/kernel/store';

/** Demo mode's signing secret; production signs with its own, so no demo token verifies there. */
export const DEMO_SECRET_FILE = 'session-secret';
export const PRODUCTION_SECRET_FILE = 'session-secret.production';
export const PURGE_DEMO_COMMAND = 'npm start -- --production --purge-demo';

export type GuardAnswer = { ok: true; purged: number } | { ok: false; message: string };

/**
 * Production refuses a data dir that demo mode has used (demo people or the demo secret) unless
 * asked to purge them; a purge removes the demo people and the demo secret, so tokens it signed die.
 */
export const checkProductionDataDir = async (
  store: DocStore,
  dataDir: string,
  isPurge: boolean,
): Promise<GuardAnswer> => {
  const demoDocs = await countDemoData(store);
  const secretFile = join(dataDir, DEMO_SECRET_FILE);
  const hasDemoSecret = existsSync(secretFile);
  if (demoDocs === 0 && !hasDemoSecret) return { ok: true, purged: 0 };
  if (!isPurge) {
    const found = [demoDocs > 0 ? `${demoDocs} 条演示人员数据` : '', hasDemoSecret ? '演示会话密钥' : '']
      .filter(Boolean)
      .join('和');
    return {
      ok: false,
      message: `数据目录 ${dataDir} 含有${found}，生产模式拒绝启动。\n如确认清除演示数据并作废全部演示会话，请运行：${PURGE_DEMO_COMMAND}`,
    };
  }
  const purged = await purgeDemoData(store);
  rmSync(secretFile, { force: true });
  return { ok: true, purged };
};
