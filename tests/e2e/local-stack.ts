import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

export interface LocalStack {
  baseUrl: string;
  /** The instant the stack's clock started at (UTC ms): scenarios reason from it, never from real time. */
  startedAt: number;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  /**
   * The instant the stack's clock starts at, ISO 8601 with an offset (`2026-12-02T10:00:00+08:00`).
   * Required: a browser test names the day and time its scenario needs, so it passes on any day.
   */
  clockStart: string;
}

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

/**
 * Starts `npm start`'s server (the built H5 app, a fresh data dir, demo mode, its clock pinned to
 * `clockStart`) and waits for /healthz.
 */
export const startLocalStack = async ({ clockStart }: LocalStackOptions): Promise<LocalStack> => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'zd-e2e-'));
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['server/main.ts', '--no-build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      ZD_DATA_DIR: dataDir,
      NODE_ENV: 'development',
      ZD_CLOCK_START: clockStart,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`local stack did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    startedAt: Date.parse(clockStart),
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
