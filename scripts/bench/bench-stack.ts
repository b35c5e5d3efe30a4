import { typedStore } from '@core/kernel/store/doc-store';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase } from '@core/app/seed';
import { createApp } from '../../server/app';
import { serverDeps } from '../../server/server-deps';
import { issueSessionToken } from '../../server/session/session-token';
import { SqliteDocStore } from '../../server/store/sqlite-doc-store';

const SECRET = 'bench-secret';

/** The local stack on loopback over a fresh SQLite file in a temp dir: what `npm start` runs, minus the H5 files. */
export const startBenchStack = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zd-bench-'));
  const dbFile = join(dir, 'bench.db');
  const store = typedStore(new SqliteDocStore(dbFile));
  const deps = serverDeps(store, {
    info: () => undefined,
    error: (message, meta) => process.stderr.write(`${message} ${JSON.stringify(meta)}\n`),
  });
  await seedDatabase(store, deps.clock.now(), { withDemoUsers: true });
  const server = createApp({ deps, isProduction: false, sessionSecret: SECRET, staticDir: dir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** One request over HTTP; a business error is returned, not thrown, so a bench can count CONFLICTs. */
  const post = async (
    fn: string,
    action: string,
    input: unknown,
    options: { openid?: string; requestId?: string } = {},
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.openid) headers.authorization = `Bearer ${issueSessionToken(options.openid, SECRET, Date.now())}`;
    const response = await fetch(`${base}/api/${fn}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action, input, ...(options.requestId ? { requestId: options.requestId } : {}) }),
    });
    return (await response.json()) as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
  };

  return {
    store,
    /** The SQLite file, for the raw floor's own connection. */
    dbFile,
    deps,
    post,
    stop: () => {
      server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export type BenchStack = Awaited<ReturnType<typeof startBenchStack>>;

/** Fails the bench loudly when an answer that must succeed does not. */
export const expectOk = (answer: { ok: boolean; error?: unknown }, what: string): void => {
  if (!answer.ok) throw new Error(`${what} failed: ${JSON.stringify(answer.error)}`);
};
