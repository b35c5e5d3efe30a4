import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'core', 'config', 'babel.config.js', 'package.json', 'tsconfig.json'];

const newestMtime = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
};

/** Builds dist/h5 when it is missing or older than any source it is built from. */
export const ensureH5Build = (root: string, outDir: string, log: (line: string) => void): void => {
  const marker = join(outDir, 'index.html');
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (built >= newest) return;
  log(built ? 'H5 构建已过期，正在重新构建…' : '首次启动：正在构建 H5…');
  const result = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('H5 build failed');
};
