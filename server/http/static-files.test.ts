import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { createApp } from '../app';
import { pickEncoding } from './static-files';

let stack: TestStack;
let server: Server;
let port: number;
let dir: string;

const SCRIPT = `/* app */\n${'export const line = "零距离 · 平原经济开发区";\n'.repeat(2000)}`;
const PAGE = '<!doctype html><html><head><script src="/js/app.0123abcd.js"></script></head><body></body></html>';

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zd-static-'));
  mkdirSync(join(dir, 'js'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'js', 'app.0123abcd.js'), SCRIPT);
  writeFileSync(join(dir, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  stack = await openTestStack({ seed: false });
  server = createApp({ deps: stack.deps, isProduction: false, sessionSecret: 's', staticDir: dir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  stack.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress, and refuses some malformed paths before sending them). */
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    },
  );

describe('the H5 files over the wire', () => {
  it('compresses text with brotli or gzip, as the client accepts, and says it varies by that', async () => {
    const br = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);

    const gz = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(SCRIPT);

    const plain = await get('/js/app.0123abcd.js', { 'accept-encoding': 'br;q=0, identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
    // Images are compressed already.
    expect((await get('/favicon.png', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed assets for a year as immutable, and revalidates the page with its ETag', async () => {
    const asset = await get('/js/app.0123abcd.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/favicon.png')).headers['cache-control']).toBe('public, max-age=3600');

    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const etag = String(page.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // A route the router owns is the same page, with the same ETag.
    expect((await get('/pages/parks/index', { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(304);

    // A rebuild changes the page: the old ETag no longer matches.
    writeFileSync(join(dir, 'index.html'), PAGE.replace('0123abcd', '4567ef01'));
    utimesSync(join(dir, 'index.html'), new Date(), new Date(Date.now() + 5000));
    const rebuilt = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(rebuilt.status).toBe(200);
    expect(gunzipSync(rebuilt.body).toString('utf8')).toContain('4567ef01');
  });

  it('answers a broken percent-escape with 400 and a way out of the build with 403', async () => {
    const bad = await get('/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(stack.logged).toEqual([]);
    expect((await get('/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });
});

describe('pickEncoding', () => {
  it('prefers brotli, honours q=0 and falls back to none', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});
