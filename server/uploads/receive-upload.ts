import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { once } from 'node:events';

const HEAD_BYTES = 16;

export type Received = { ok: true; size: number; head: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

/**
 * Streams a request body into `path`, never holding more than a chunk in memory, and stops (file
 * removed) as soon as it passes `limit` bytes. Keeps the first bytes, for sniffing the type.
 */
export const receiveToFile = async (req: IncomingMessage, path: string, limit: number): Promise<Received> => {
  const out = createWriteStream(path, { mode: 0o600 });
  let size = 0;
  let head = Buffer.alloc(0);
  const discard = async (reason: 'too_large' | 'aborted'): Promise<Received> => {
    out.destroy();
    await rm(path, { force: true });
    return { ok: false, reason };
  };
  try {
    for await (const chunk of req) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > limit) return await discard('too_large');
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, bytes.subarray(0, HEAD_BYTES - head.length)]);
      if (!out.write(bytes)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return { ok: true, size, head };
  } catch {
    return discard('aborted');
  }
};
