import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { createApp } from '../app';
import { localExportFiles } from './export-files';

let stack: TestStack;
let dir: string;
let base: string;
let close: () => void;
let now = 1_800_000_000_000;
beforeEach(async () => {
  stack = await openTestStack({ seed: false });
  dir = mkdtempSync(join(tmpdir(), 'zd-exports-'));
  const server = createApp({
    deps: stack.deps,
    isProduction: false,
    sessionSecret: 'secret',
    staticDir: dir,
    exportsDir: dir,
    sessionClock: { now: () => now },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterEach(() => {
  close();
  stack.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exported workbooks are private files behind a short-lived signed link', () => {
  it('serves the file through its link until it expires, and never with a forged one', async () => {
    const files = localExportFiles(dir, 'secret', { now: () => now });
    const { url, expiresAt } = await files.save('考核台账.xlsx', new Uint8Array([80, 75, 3, 4]));
    const ok = await fetch(`${base}${url}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain(encodeURIComponent('考核台账.xlsx'));
    expect([...new Uint8Array(await ok.arrayBuffer())]).toEqual([80, 75, 3, 4]);
    // Forged: the signature's first character changed (to another one: the file id is random, so it may be 'x').
    const forged = url.replace(/sig=(.)/, (_match, first: string) => `sig=${first === 'x' ? 'y' : 'x'}`);
    expect(forged).not.toBe(url);
    expect((await fetch(`${base}${forged}`)).status).toBe(404);
    expect((await fetch(`${base}${url.replace(/exp=\d+/, `exp=${expiresAt + 1000}`)}`)).status).toBe(404);
    now = expiresAt + 1;
    expect((await fetch(`${base}${url}`)).status).toBe(404);
  });
});
