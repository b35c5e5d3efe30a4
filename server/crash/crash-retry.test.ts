import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoSession, JSON_HEADERS as json, startedServer, stopServer } from '../../tests/support/spawn-server';
import { validTicket } from '../../tests/support/ticket-fixture';

/**
 * A real crash: the local server is killed with SIGKILL in the middle of a burst of writes, started
 * again on the same data dir, and every requestId of the burst is retried. Each retry must get the
 * original answer or a clean re-run; none may stay CONFLICT, none may write twice. Loopback only.
 */
const RUNS = 3;
const BURST = 40;
jest.setTimeout(120_000);

interface Answer {
  ok: boolean;
  data?: { id: string; description: string };
  error?: { code: string; message: string };
}

const create = async (baseUrl: string, token: string, requestId: string): Promise<Answer> => {
  const input = validTicket({ description: `崩溃测试 ${requestId}` });
  const res = await fetch(`${baseUrl}/api/tickets`, {
    method: 'POST',
    headers: { ...json, authorization: `Bearer ${token}` },
    body: JSON.stringify({ action: 'tickets.create', input, requestId }),
  });
  return (await res.json()) as Answer;
};

const requestStates = (dataDir: string): Record<string, number> => {
  const db = new Database(join(dataDir, 'zero-distance.db'), { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT json_extract(doc, '$.state') AS state, count(*) AS n FROM requests GROUP BY state`)
      .all() as { state: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  } finally {
    db.close();
  }
};

const ticketsByDescription = (dataDir: string): Map<string, number> => {
  const db = new Database(join(dataDir, 'zero-distance.db'), { readonly: true });
  try {
    const rows = db.prepare(`SELECT json_extract(doc, '$.description') AS d FROM tickets`).all() as { d: string }[];
    const counts = new Map<string, number>();
    for (const { d } of rows) counts.set(d, (counts.get(d) ?? 0) + 1);
    return counts;
  } finally {
    db.close();
  }
};

describe('kill -9 in the middle of a burst of writes, then restart and retry', () => {
  const findings: { run: number; answeredBeforeKill: number; leftBehind: Record<string, number> }[] = [];
  afterAll(() => process.stdout.write(`crash runs: ${JSON.stringify(findings)}\n`));

  it.each(Array.from({ length: RUNS }, (_, i) => i + 1))(
    'run %i: every retry gets its answer, nothing twice',
    async (run) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'zd-crash-'));
      try {
        const first = await startedServer(dataDir);
        const token = await demoSession(first.baseUrl, 'enterprise');
        const ids = Array.from({ length: BURST }, (_, i) => `crash-${run}-${String(i).padStart(3, '0')}`);
        const before = new Map<string, Answer>();
        let answered = 0;
        // Killed a little after the first answers, while the rest are at every stage of their work.
        const killAfter = 2 + run;
        const killed = new Promise<void>((done) => {
          for (const id of ids)
            void create(first.baseUrl, token, id)
              .then((a) => {
                before.set(id, a);
                answered += 1;
                if (answered === killAfter) setTimeout(done, run * 3);
              })
              .catch(() => undefined);
        });
        await killed;
        await stopServer(first, 'SIGKILL');
        const leftBehind = requestStates(dataDir);
        findings.push({ run, answeredBeforeKill: before.size, leftBehind });

        const second = await startedServer(dataDir);
        try {
          const token2 = await demoSession(second.baseUrl, 'enterprise');
          // Past every lease a dead attempt held: the demo clock stands in for waiting 30 s.
          await fetch(`${second.baseUrl}/api/demo/clock`, {
            method: 'POST',
            headers: { ...json, authorization: `Bearer ${token2}` },
            body: JSON.stringify({ advanceMinutes: 1 }),
          });
          for (const id of ids) {
            const retry = await create(second.baseUrl, token2, id);
            expect({ id, retry: retry.ok ? 'ok' : retry.error }).toEqual({ id, retry: 'ok' });
            expect(retry.data?.description).toBe(`崩溃测试 ${id}`);
            const original = before.get(id);
            if (original?.ok) expect(retry.data?.id).toBe(original.data?.id);
          }
          const counts = ticketsByDescription(dataDir);
          for (const id of ids) expect({ id, tickets: counts.get(`崩溃测试 ${id}`) }).toEqual({ id, tickets: 1 });
        } finally {
          await stopServer(second);
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
