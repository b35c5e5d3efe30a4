import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoOpenid } from '@core/app/seed';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { validTicket } from '../../tests/support/ticket-fixture';
import { createApp } from '../app';
import { issueSessionToken } from '../session/session-token';
import { MAX_ATTACHMENT_BYTES, type FileRef } from '@core/tickets/ticket';
import { DAILY_UPLOAD_QUOTA, UNATTACHED_UPLOAD_TTL_MS, uploadQuotaId } from '@core/tickets/upload';
import { purgeUnattachedUploads } from '@core/app/scheduler/purge-uploads';
import { localDate } from '@core/kernel/calendar/local-time';

let stack: TestStack;
let server: Server;
let base: string;
let uploadsDir: string;
const SECRET = 'test-secret';

beforeEach(async () => {
  stack = await openTestStack();
  uploadsDir = mkdtempSync(join(tmpdir(), 'zd-uploads-'));
  server = createApp({
    deps: stack.deps,
    isProduction: false,
    sessionSecret: SECRET,
    staticDir: '/nonexistent',
    uploadsDir,
    // Tokens below are issued on the stack's fixed clock, so they are checked on it too.
    sessionClock: stack.deps.clock,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  stack.close();
  rmSync(uploadsDir, { recursive: true, force: true });
});

const tokenOf = (persona: 'enterprise' | 'staff' | 'investor' | 'leader') =>
  issueSessionToken(demoOpenid(persona), SECRET, stack.deps.clock.now());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Sends a PDF head and then 1 MiB chunks past the cap; resolves to the parsed answer, or null when the
 *  connection was reset before a whole answer arrived. Every error has a listener, so none escapes. */
const streamOversize = (url: string, token: string): Promise<unknown> =>
  new Promise((resolve) => {
    const chunk = Buffer.alloc(1024 * 1024);
    const request = httpRequest(url, {
      method: 'POST',
      headers: { 'x-file-name': 'big.pdf', authorization: `Bearer ${token}` },
    });
    let settled = false;
    const settle = (value: unknown) => {
      if (settled) return;
      settled = true;
      request.destroy();
      resolve(value);
    };
    request.on('error', () => settle(null));
    request.on('response', (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('error', () => settle(null));
      response.on('aborted', () => settle(null));
      response.on('end', () => {
        try {
          settle(JSON.parse(Buffer.concat(parts).toString('utf8')));
        } catch {
          settle(null);
        }
      });
    });
    let sent = 0;
    const pump = () => {
      while (!settled && sent <= Math.ceil(MAX_ATTACHMENT_BYTES / chunk.length) + 2) {
        sent += 1;
        if (!request.write(sent === 1 ? Buffer.concat([PDF, chunk]) : chunk)) return void request.once('drain', pump);
      }
      if (!settled) request.end();
    };
    pump();
  });

const upload = async (body: Buffer, name: string, token?: string) => {
  const response = await fetch(`${base}/api/upload`, {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(body),
  });
  return (await response.json()) as {
    ok: boolean;
    data?: FileRef;
    error?: { code: string; field?: string };
  };
};

const linkFor = async (fileId: string, token: string, ticketId?: string) => {
  const response = await fetch(`${base}/api/files/link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ fileId, ticketId }),
  });
  return (await response.json()) as { ok: boolean; data?: { url: string }; error?: { code: string } };
};

const call = async (action: string, input: unknown, token: string) => {
  const fn = action.slice(0, action.indexOf('.'));
  const response = await fetch(`${base}/api/${fn}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, input, requestId: `req-${Math.round(performance.now() * 1000)}` }),
  });
  return (await response.json()) as { ok: boolean; data: { id: string } };
};

describe('POST /api/upload', () => {
  it('stores a PDF in the uploads dir and answers a file ref typed by its content', async () => {
    const answer = await upload(PDF, '环评报告表.pdf', tokenOf('enterprise'));
    expect(answer).toMatchObject({
      ok: true,
      data: { name: '环评报告表.pdf', size: PDF.length, type: 'application/pdf' },
    });
    expect(answer.data?.fileId).toMatch(/^upload:[\w-]+$/);
    expect(readdirSync(uploadsDir)).toHaveLength(1);
  });

  it.each([
    ['no session', PDF, 'a.pdf', false, 'UNAUTHENTICATED'],
    ['content that is no image or PDF, whatever the name', Buffer.from('MZ\x90\x00'), 'a.pdf', true, 'INVALID_INPUT'],
    ['a PNG named .pdf', PNG, 'a.pdf', true, 'INVALID_INPUT'],
    ['an empty body', Buffer.alloc(0), 'a.pdf', true, 'INVALID_INPUT'],
    ['a file over the limit', Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]), 'a.pdf', true, 'INVALID_INPUT'],
  ])('refuses %s and stores nothing', async (_label, body, name, signedIn, code) => {
    const answer = await upload(body, name, signedIn ? tokenOf('enterprise') : undefined);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(readdirSync(uploadsDir)).toHaveLength(0);
  });
});

describe('reading a file', () => {
  it('only through a short-lived link, after an authorisation check on the ticket', async () => {
    const ref = (await upload(PDF, '报告.pdf', tokenOf('enterprise'))).data;
    if (!ref) throw new Error('upload failed');
    const ticket = await call(
      'tickets.create',
      validTicket({ attachments: [{ ...ref, name: '报告.pdf' }] }),
      tokenOf('enterprise'),
    );
    expect(ticket.ok).toBe(true);

    // No link, a forged link: nothing.
    const id = ref.fileId.slice('upload:'.length);
    expect((await fetch(`${base}/api/files/${id}`)).status).toBe(404);
    expect((await fetch(`${base}/api/files/${id}?exp=9999999999999&sig=forged`)).status).toBe(404);
    expect((await fetch(`${base}/api/files/%E0%A4%A`)).status).toBe(404);

    // The owner, and the assignee through the ticket, get a link; an unrelated investor does not.
    const own = await linkFor(ref.fileId, tokenOf('enterprise'));
    const staff = await linkFor(ref.fileId, tokenOf('staff'), ticket.data.id);
    expect(own.ok && staff.ok).toBe(true);
    expect(await linkFor(ref.fileId, tokenOf('staff'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await linkFor(ref.fileId, tokenOf('investor'), ticket.data.id)).toMatchObject({ ok: false });

    const file = await fetch(`${base}${staff.data?.url ?? ''}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
  });
});

describe('uploads are bounded', () => {
  it('streams to disk while the body still arrives (no whole-file buffering)', async () => {
    let pushMore: () => void = () => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024)])));
        pushMore = () => {
          controller.enqueue(new Uint8Array(16));
          controller.close();
        };
      },
    });
    const answer = fetch(`${base}/api/upload`, {
      method: 'POST',
      headers: { 'x-file-name': 'big.pdf', authorization: `Bearer ${tokenOf('enterprise')}` },
      body,
      duplex: 'half',
    } as RequestInit);
    // The first 2 MB are on disk before the client has finished sending.
    const deadline = Date.now() + 5000;
    const onDisk = () => readdirSync(uploadsDir).reduce((n, f) => n + statSync(join(uploadsDir, f)).size, 0);
    while (onDisk() < 2 * 1024 * 1024 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(onDisk()).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    pushMore();
    expect(await (await answer).json()).toMatchObject({ ok: true, data: { type: 'application/pdf' } });
  });

  it('cuts an oversize upload off while it streams and leaves no partial file', async () => {
    // The server answers and then closes the connection while the client is still sending, so the
    // client may see the answer or only the reset (also while it reads the answer's body): both are
    // the refusal; what must hold either way is that nothing was kept. node:http rather than fetch:
    // undici can surface that reset as an error no promise of the caller's catches.
    const answer = await streamOversize(`${base}/api/upload`, tokenOf('enterprise'));
    if (answer) expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'size' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(uploadsDir)).toEqual([]);
  });

  it('has a daily quota per person: RATE_LIMITED with a clear message, others unaffected', async () => {
    await stack.store.insert('upload_quotas', {
      id: uploadQuotaId('u-demo-enterprise', localDate(stack.deps.clock.now())),
      version: 1,
      files: DAILY_UPLOAD_QUOTA.files - 1,
      bytes: 0,
    });
    expect(await upload(PDF, 'a.pdf', tokenOf('enterprise'))).toMatchObject({ ok: true });
    const refused = await upload(PDF, 'b.pdf', tokenOf('enterprise'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect((refused as unknown as { error: { message: string } }).error.message).toContain('今日上传已达上限');
    expect(readdirSync(uploadsDir)).toHaveLength(1);
    expect(await upload(PDF, 'c.pdf', tokenOf('investor'))).toMatchObject({ ok: true });
  });

  it('lets a signed-in visitor with no account yet upload for a first request, which keeps the file', async () => {
    const visitor = issueSessionToken('wx-first-timer', SECRET, stack.deps.clock.now());
    const ref = (await upload(PDF, '营业执照.pdf', visitor)).data;
    expect(ref).toBeDefined();
    expect((await linkFor(ref?.fileId ?? '', visitor)).ok).toBe(true);
    const ticket = await call(
      'tickets.create',
      validTicket({ projectId: null, attachments: [{ ...ref!, name: '营业执照.pdf' }] }),
      visitor,
    );
    expect(ticket.ok).toBe(true);
    const record = await stack.store.get('uploads', ref!.fileId.slice('upload:'.length));
    expect(record).toMatchObject({ ownerUserId: 'u-wx-first-timer', purgeAt: null });
  });

  it('removes files no ticket took after 24 h (scheduler job), and keeps attached ones', async () => {
    const kept = (await upload(PDF, 'kept.pdf', tokenOf('enterprise'))).data!;
    const dropped = (await upload(PDF, 'dropped.pdf', tokenOf('enterprise'))).data!;
    expect(
      (
        await call(
          'tickets.create',
          validTicket({ attachments: [{ ...kept, name: 'kept.pdf' }] }),
          tokenOf('enterprise'),
        )
      ).ok,
    ).toBe(true);
    const removeFile = (id: string) => rm(join(uploadsDir, id), { force: true });
    const job = purgeUnattachedUploads(removeFile);
    const now = stack.deps.clock.now();
    expect(await job({ ...stack.deps, clock: { now: () => now + UNATTACHED_UPLOAD_TTL_MS - 1 } }, Infinity)).toBe(0);
    expect(await job({ ...stack.deps, clock: { now: () => now + UNATTACHED_UPLOAD_TTL_MS + 1 } }, Infinity)).toBe(1);
    const idOf = (ref: FileRef) => ref.fileId.slice('upload:'.length);
    expect(readdirSync(uploadsDir)).toEqual([idOf(kept)]);
    expect(await stack.store.get('uploads', idOf(dropped))).toBeNull();
    expect(await stack.store.get('uploads', idOf(kept))).not.toBeNull();
  });
});
