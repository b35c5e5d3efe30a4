/**
 * `npm run bench`: figures from the local stack over HTTP (a real server on loopback with a fresh
 * SQLite file), not timed tests. Each scenario prints throughput and p50/p99 latency.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase } from '../core/seed';
import { createApp } from '../server/app';
import { serverDeps } from '../server/server-deps';
import { SqliteDocStore } from '../server/store/sqlite-doc-store';
import { measure, printFigures, type Figures } from './bench/measure';
import { routingFigures, seedTickets } from './bench/ticket-bench';
import { demoOpenid } from '../core/seed';
import { issueSessionToken } from '../server/session/session-token';
import { validTicketInput } from './bench/ticket-input';

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zd-bench-'));
  const store = new SqliteDocStore(join(dir, 'bench.db'));
  const deps = serverDeps(store, {
    info: () => undefined,
    error: (m, meta) => process.stderr.write(`${m} ${JSON.stringify(meta)}\n`),
  });
  await seedDatabase(store, deps.clock.now(), { withDemoUsers: true });
  const server = createApp({ deps, isProduction: false, sessionSecret: 'bench', staticDir: dir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (
    fn: string,
    action: string,
    input: unknown,
    extra: { token?: string; requestId?: string } = {},
  ) => {
    const response = await fetch(`${base}/api/${fn}`, {
      method: 'POST',
      headers: extra.token ? { authorization: `Bearer ${extra.token}` } : {},
      body: JSON.stringify({ action, input, requestId: extra.requestId }),
    });
    const body = (await response.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`${action} failed: ${JSON.stringify(body)}`);
  };

  const rows: Figures[] = [];
  rows.push(await measure('catalog.home (c=8)', 2000, 8, () => post('catalog', 'catalog.home', {})));
  rows.push(
    await measure('catalog.parks.list by industry (c=8)', 2000, 8, () =>
      post('catalog', 'catalog.parks.list', { industryId: 'high-end-equipment' }),
    ),
  );
  rows.push(
    await measure('catalog.parks.get jingde-smart (c=8)', 2000, 8, () =>
      post('catalog', 'catalog.parks.get', { id: 'jingde-smart' }),
    ),
  );
  rows.push(...(await routingFigures()));

  const TICKETS = 100_000;
  const seeding = performance.now();
  await seedTickets(store, TICKETS, deps.clock.now());
  process.stderr.write(`seeded ${TICKETS} tickets in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);
  const token = issueSessionToken(demoOpenid('enterprise'), 'bench', deps.clock.now());
  rows.push(
    await measure(`tickets.create at ${TICKETS / 1000}k tickets (c=1)`, 500, 1, (i) =>
      post('tickets', 'tickets.create', validTicketInput, { token, requestId: `bench-c1-${i}` }),
    ),
  );
  rows.push(
    await measure(`tickets.create at ${TICKETS / 1000}k tickets (c=8)`, 1000, 8, (i) =>
      post('tickets', 'tickets.create', validTicketInput, { token, requestId: `bench-c8-${i}` }),
    ),
  );
  rows.push(
    await measure('tickets.inbox mine + 4 counts (staff, c=8)', 200, 8, () =>
      post(
        'tickets',
        'tickets.inbox',
        { tab: 'mine' },
        { token: issueSessionToken(demoOpenid('staff'), 'bench', deps.clock.now()) },
      ),
    ),
  );
  printFigures(rows);

  server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
