import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startedServer, stopServer } from '../support/spawn-server';

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

/**
 * Starts `npm start`'s server (the built H5 app, a fresh data dir, demo mode, its clock pinned to
 * `clockStart`) and waits for /healthz.
 */
export const startLocalStack = async ({ clockStart }: LocalStackOptions): Promise<LocalStack> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zd-e2e-'));
  const server = await startedServer(dataDir, [], { NODE_ENV: 'development', ZD_CLOCK_START: clockStart });
  return {
    baseUrl: server.baseUrl,
    startedAt: Date.parse(clockStart),
    stop: async () => {
      await stopServer(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
