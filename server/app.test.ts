import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openTestStack, type TestStack } from '../tests/support/temp-sqlite-store';
import { createApp } from './app';
import { adjustableClock, parseClockStart } from './demo-clock';
import { issueSessionToken } from './session/session-token';
import { runTick, tickJobs } from '@core/app/scheduler/run-tick';
import { logSender } from './jobs/scheduler-timer';

let stack: TestStack;
let server: Server;
let base: string;

const start = async (isProduction: boolean) => {
  stack = await openTestStack();
  const demoClock = isProduction ? undefined : adjustableClock(() => 1_800_000_000_000);
  if (demoClock) stack.deps.clock = demoClock;
  server = createApp({
    deps: stack.deps,
    isProduction,
    sessionSecret: 'test-secret',
    staticDir: '/nonexistent',
    demoClock,
    runTickNow: () => runTick(stack.deps, { deadline: Infinity, jobs: tickJobs(logSender(stack.deps)) }),
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
afterEach(async () => {
  await new Promise((r) => server.close(r));
  stack.close();
});

const post = async (path: string, body: unknown, token?: string) => {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const demoToken = async () =>
  ((await post('/api/demo/session', { persona: 'admin' })).body.data as { token: string }).token;
const whoami = (token?: string) => post('/api/account', { action: 'account.whoami', input: {} }, token);

describe('local stack in demo mode', () => {
  beforeEach(() => start(false));

  it('answers /healthz and serves the catalogue to a visitor without a session', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const parks = await post('/api/catalog', { action: 'catalog.parks.list', input: {} });
    expect(parks.status).toBe(200);
    expect(parks.body).toMatchObject({ ok: true });
  });

  it('issues a signed session for a persona; the server, not the client, says what roles it has', async () => {
    const personas = (await (await fetch(`${base}/api/demo/personas`)).json()) as { data: { persona: string }[] };
    expect(personas.data.map((p) => p.persona)).toEqual(['investor', 'enterprise', 'staff', 'leader', 'admin']);
    const session = await post('/api/demo/session', { persona: 'staff' });
    const token = (session.body.data as { token: string }).token;
    expect((await whoami(token)).body).toMatchObject({ ok: true, data: { name: '张专员（演示）', roles: ['staff'] } });
  });

  it('treats a forged or tampered token as no session at all', async () => {
    const forged = issueSessionToken('demo-admin', 'not-the-secret', Date.now());
    expect((await whoami(forged)).body).toMatchObject({ ok: true, data: { isSignedIn: false, roles: [] } });
    const session = await post('/api/demo/session', { persona: 'investor' });
    const token = (session.body.data as { token: string }).token;
    const [body, signature] = token.split('.');
    const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString()) as Record<string, unknown>;
    const swapped = `${Buffer.from(JSON.stringify({ ...payload, openid: 'demo-admin' })).toString('base64url')}.${signature}`;
    expect((await whoami(swapped)).body).toMatchObject({ ok: true, data: { isSignedIn: false } });
  });

  it('mints a session for a brand-new identity on { fresh: true }: a visitor, different each time', async () => {
    const tokens = await Promise.all(
      [1, 2].map(async () => {
        const session = await post('/api/demo/session', { fresh: true });
        return (session.body.data as { token: string }).token;
      }),
    );
    expect(tokens[0]).not.toBe(tokens[1]);
    expect((await whoami(tokens[0])).body).toMatchObject({ ok: true, data: { isSignedIn: false, roles: ['visitor'] } });
  });

  it('refuses an unknown persona with INVALID_INPUT naming the field', async () => {
    expect((await post('/api/demo/session', { persona: 'mayor' })).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'persona' },
    });
  });

  it('answers broken requests with 4xx and unknown functions with 404', async () => {
    expect((await post('/api/catalog', 'not json')).status).toBe(400);
    expect((await post('/api/catalog', [1, 2])).status).toBe(400);
    expect((await post('/api/nope', { action: 'nope.x' })).status).toBe(404);
    expect((await fetch(`${base}/api/catalog`)).status).toBe(405);
  });
});

describe('the demo clock (deadline demos and tests)', () => {
  beforeEach(() => start(false));

  it('moves forward on request and every handler sees the moved time', async () => {
    const token = await demoToken();
    const read = async () =>
      (
        (await (await fetch(`${base}/api/demo/clock`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
          data: { now: number };
        }
      ).data.now;
    expect(await read()).toBe(1_800_000_000_000);
    expect((await post('/api/demo/clock', { advanceMinutes: 90 }, token)).body).toMatchObject({
      ok: true,
      data: { now: 1_800_000_000_000 + 90 * 60_000, offsetMs: 90 * 60_000 },
    });
    expect(stack.deps.clock.now()).toBe(1_800_000_000_000 + 90 * 60_000);
  });

  it('never runs backwards and refuses anything but whole minutes up to a month', async () => {
    const token = await demoToken();
    for (const advanceMinutes of [-1, 1.5, '60', 31 * 24 * 60 + 1]) {
      expect((await post('/api/demo/clock', { advanceMinutes }, token)).body).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field: 'advanceMinutes' },
      });
    }
    expect(stack.deps.clock.now()).toBe(1_800_000_000_000);
  });

  it('moves only for a demo session and only from a JSON request', async () => {
    const token = await demoToken();
    const unsigned = await post('/api/demo/clock', { advanceMinutes: 60 });
    expect(unsigned).toMatchObject({ status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED' } } });
    const forged = issueSessionToken('demo-admin', 'not-the-secret', Date.now());
    expect((await post('/api/demo/clock', { advanceMinutes: 60 }, forged)).status).toBe(401);
    expect((await fetch(`${base}/api/demo/clock`)).status).toBe(401);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await fetch(`${base}/api/demo/clock`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${token}` },
        body: JSON.stringify({ advanceMinutes: 60 }),
      });
      expect(response.status).toBe(415);
    }
    const plainSession = await fetch(`${base}/api/demo/session`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ persona: 'admin' }),
    });
    expect(plainSession.status).toBe(415);
    expect(stack.deps.clock.now()).toBe(1_800_000_000_000);
  });
});

describe('a demo clock pinned to an instant (ZD_CLOCK_START) and moved to an absolute instant', () => {
  it('starts at the named instant whatever the real time, and runs on from it', () => {
    let real = 1_700_000_000_000;
    const clock = adjustableClock(() => real, parseClockStart('2026-12-02T10:00:00+08:00'));
    expect(clock.now()).toBe(Date.UTC(2026, 11, 2, 2, 0));
    real += 5_000;
    expect(clock.now()).toBe(Date.UTC(2026, 11, 2, 2, 0) + 5_000);
    clock.moveTo(Date.UTC(2026, 11, 4, 9, 30));
    expect(clock.now()).toBe(Date.UTC(2026, 11, 4, 9, 30));
    expect(() => clock.moveTo(Date.UTC(2026, 11, 1))).toThrow(RangeError);
  });

  it('reads the instant only with an explicit offset, so the process time zone cannot change it', () => {
    expect(parseClockStart('2026-12-31T23:55:00+08:00')).toBe(Date.UTC(2026, 11, 31, 15, 55));
    expect(parseClockStart('2027-02-04T08:00:00Z')).toBe(Date.UTC(2027, 1, 4, 8, 0));
    for (const bad of ['2026-12-02 10:00', '2026-12-02T10:00:00', 'tomorrow', '2026-13-02T10:00:00+08:00']) {
      expect(() => parseClockStart(bad)).toThrow(RangeError);
    }
  });

  describe('over the wire', () => {
    beforeEach(() => start(false));

    it('moves to an absolute instant, never backwards and at most a month ahead', async () => {
      const token = await demoToken();
      const target = 1_800_000_000_000 + 3 * 86_400_000;
      expect((await post('/api/demo/clock', { at: target }, token)).body).toMatchObject({
        ok: true,
        data: { now: target },
      });
      expect(stack.deps.clock.now()).toBe(target);
      for (const at of [target - 1, target + 32 * 86_400_000, '1800000000000', 1.5]) {
        expect((await post('/api/demo/clock', { at }, token)).body).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT', field: 'at' },
        });
      }
      expect(stack.deps.clock.now()).toBe(target);
    });
  });
});

describe('a scheduler tick on request (demo mode)', () => {
  beforeEach(() => start(false));

  it('runs every job now and reports what it did', async () => {
    expect((await post('/api/demo/tick', {})).status).toBe(401);
    const answer = await post('/api/demo/tick', {}, await demoToken());
    expect(answer.body).toMatchObject({ ok: true, data: { failed: [], skipped: [] } });
    const done = (answer.body as { data: { done: { name: string }[] } }).data.done.map((d) => d.name);
    expect(done).toEqual([
      'visitReminders',
      'slaEscalations',
      'autoConfirm',
      'subscribeOutbox',
      'purgeRequests',
      'dashboardRollup',
    ]);
    expect(
      (await fetch(`${base}/api/demo/tick`, { headers: { authorization: `Bearer ${await demoToken()}` } })).status,
    ).toBe(404);
  });
});

describe('local stack in production mode', () => {
  beforeEach(() => start(true));

  it('has no demo endpoints', async () => {
    expect((await post('/api/demo/tick', {})).status).toBe(404);
    expect((await fetch(`${base}/api/demo/personas`)).status).toBe(404);
    expect((await post('/api/demo/clock', { advanceMinutes: 60 })).status).toBe(404);
    expect((await post('/api/demo/session', { persona: 'admin' })).status).toBe(404);
  });

  it('answers UNAUTHENTICATED to any request without a real session', async () => {
    expect((await post('/api/catalog', { action: 'catalog.home', input: {} })).body).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请先登录' },
    });
  });
});
