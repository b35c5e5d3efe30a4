import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The raw floor the ticket figures are read against: node:http and better-sqlite3 with nothing
 * between them, over a copy of the bench's SQLite file taken when it starts (the same rows), with
 * the indexes its statements need created on the copy, so the floor is the same whatever indexes
 * the adapter declares and never changes the stack's own file. No dispatch, session, validation,
 * routing or SLA: only the reads and writes the request's shape needs, so "inbox = 3× floor" says
 * what our layers cost over the database.
 */
export interface RawFloor {
  /** One page of 20 of a person's open tickets, newest first, plus the inbox's 4 counts. */
  inbox(userId: string, teamId: string): Promise<void>;
  /** One transaction: the owner's user record by openid, then the ticket, its first event and a request record. */
  create(openid: string, requestId: string, ticket: object): Promise<void>;
  stop(): void;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const field = (name: string) => `json_extract(doc, '$.${name}')`;

const INDEXES = [
  ['tickets', ['openWithUserId', 'createdAt']],
  ['tickets', ['openTeamId']],
  ['tickets', ['doneByUserId']],
  ['tickets', ['openLeaderUserId']],
  ['users', ['openid']],
] as const;

export const startRawFloor = async (dbFile: string): Promise<RawFloor> => {
  const copy = `${dbFile}.floor-${Date.now()}`;
  const source = new Database(dbFile, { readonly: true });
  source.prepare('VACUUM INTO ?').run(copy);
  source.close();
  const db = new Database(copy);
  for (const [table, fields] of INDEXES) {
    const columns = [...fields.map(field), 'id'].join(', ');
    db.exec(`CREATE INDEX IF NOT EXISTS "floor ${table}(${fields.join(',')})" ON ${table} (${columns})`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const count = (name: string) => db.prepare(`SELECT count(*) AS n FROM tickets WHERE ${field(name)} = ?`);
  const counts = [count('openWithUserId'), count('openTeamId'), count('doneByUserId'), count('openLeaderUserId')];
  const page = db.prepare(
    `SELECT doc FROM tickets WHERE ${field('openWithUserId')} = ? ORDER BY ${field('createdAt')} DESC, id DESC LIMIT 21`,
  );
  const userByOpenid = db.prepare(`SELECT doc FROM users WHERE ${field('openid')} = ? LIMIT 1`);
  const insert = (table: string) => db.prepare(`INSERT INTO "${table}" (id, version, doc) VALUES (?, 1, ?)`);
  const inserts = { ticket: insert('tickets'), event: insert('ticket_events'), request: insert('requests') };
  const create = db.transaction((input: { openid: string; requestId: string; ticket: Record<string, unknown> }) => {
    const user = userByOpenid.get(input.openid) as { doc: string } | undefined;
    const ownerUserId = user ? (JSON.parse(user.doc) as { id: string }).id : null;
    const id = `floor-${input.requestId}`;
    const now = Date.now();
    const ticket = { ...input.ticket, id, version: 1, ownerUserId, status: 'submitted', createdAt: now };
    inserts.ticket.run(id, JSON.stringify(ticket));
    inserts.event.run(`${id}-1`, JSON.stringify({ id: `${id}-1`, ticketId: id, seq: 1, kind: 'created', at: now }));
    inserts.request.run(input.requestId, JSON.stringify({ id: input.requestId, state: 'done', createdAt: now }));
    return ticket;
  });

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      let answer: unknown;
      if (req.url === '/inbox') {
        const [mine, team, resolved, led] = counts.map(
          (statement, i) => (statement.get(i === 1 ? body.teamId : body.userId) as { n: number }).n,
        );
        const rows = page.all(body.userId) as { doc: string }[];
        answer = { counts: { mine, team, resolved, led }, items: rows.slice(0, 20).map((r) => JSON.parse(r.doc)) };
      } else {
        answer = create(body as { openid: string; requestId: string; ticket: Record<string, unknown> });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, data: answer }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (path: string, body: object) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { ok: boolean };
    if (!answer.ok) throw new Error(`raw floor ${path} failed`);
  };
  return {
    inbox: (userId, teamId) => post('/inbox', { userId, teamId }),
    create: (openid, requestId, ticket) => post('/create', { openid, requestId, ticket }),
    stop: () => {
      server.close();
      db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
    },
  };
};
