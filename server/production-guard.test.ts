import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSession, JSON_HEADERS, spawnServer, startedServer, stopServer } from '../tests/support/spawn-server';

jest.setTimeout(90_000);

const PRODUCTION = { NODE_ENV: 'production' };
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'zd-prod-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const ledger = async (baseUrl: string, token: string) =>
  (await (
    await fetch(`${baseUrl}/api/tickets`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` },
      body: JSON.stringify({ action: 'tickets.ledger', input: {} }),
    })
  ).json()) as { ok: boolean; error?: { code: string } };

describe('production on a data dir demo mode has used', () => {
  it('refuses to start, says how to purge, and after --purge-demo no demo token works', async () => {
    const demo = await startedServer(dataDir);
    const adminToken = await demoSession(demo.baseUrl, 'admin');
    expect(await ledger(demo.baseUrl, adminToken)).toMatchObject({ ok: true });
    await stopServer(demo);

    const refused = await spawnServer(dataDir, ['--production'], PRODUCTION);
    expect(refused).toMatchObject({ exitCode: 1 });
    expect('output' in refused && typeof refused.output === 'string' ? refused.output : '').toContain(
      'npm start -- --production --purge-demo',
    );

    const purged = await startedServer(dataDir, ['--production', '--purge-demo'], PRODUCTION);
    try {
      expect(purged.output()).toContain('演示会话密钥已作废');
      expect(await ledger(purged.baseUrl, adminToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect((await fetch(`${purged.baseUrl}/api/demo/personas`)).status).toBe(404);
    } finally {
      await stopServer(purged);
    }
    // Purged once, it starts again without being asked.
    const again = await startedServer(dataDir, ['--production'], PRODUCTION);
    await stopServer(again);
  });

  it('starts on a fresh data dir without asking anything', async () => {
    const fresh = await startedServer(dataDir, ['--production'], PRODUCTION);
    expect(fresh.output()).not.toContain('--purge-demo');
    await stopServer(fresh);
  });
});
