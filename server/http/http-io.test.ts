import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { BadRequest, isJsonBody, MAX_BODY_BYTES, readJson } from './http-io';

/** A request body as the server reads it: chunks arriving one after another. */
const bodyOf = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c))) as unknown as IncomingMessage;

describe('reading a JSON body', () => {
  it('joins the chunks before parsing, so a character split across them survives', async () => {
    const text = JSON.stringify({ name: '平原经济开发区' });
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('经')) + 1;
    const body = Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]) as unknown as IncomingMessage;
    expect(await readJson(body)).toEqual({ name: '平原经济开发区' });
  });

  it('reads an empty body as null', async () => {
    expect(await readJson(bodyOf())).toBeNull();
  });

  it('refuses a body that is not JSON with 400', async () => {
    await expect(readJson(bodyOf('{"a":'))).rejects.toMatchObject({ status: 400 });
  });

  it('takes a body of exactly the limit and refuses one byte more with 413, before reading the rest', async () => {
    const pad = (n: number) => JSON.stringify('x'.repeat(n - 2));
    expect(await readJson(bodyOf(pad(MAX_BODY_BYTES)))).toHaveLength(MAX_BODY_BYTES - 2);
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(256 * 1024, 0x20));
      },
    }) as unknown as IncomingMessage;
    const refused = await readJson(endless).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BadRequest);
    expect(refused).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(10);
  });
});

describe('whether a body is JSON', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON; charset=utf-8', true],
    ['text/plain', false],
    [undefined, false],
  ])('content-type %s → %s', (type, expected) => {
    const req = { headers: type ? { 'content-type': type } : {} } as IncomingMessage;
    expect(isJsonBody(req)).toBe(expected);
  });
});
