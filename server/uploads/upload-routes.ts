import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { dispatch } from '../../core/dispatch/dispatch';
import { MAX_ATTACHMENT_BYTES, type FileRef } from '../../core/domain/ticket';
import { uploadFileId, uploadIdOf, type UploadRecord } from '../../core/domain/upload';
import type { HandlerDeps } from '../../core/handlers';
import { HANDLERS } from '../../core/handlers';
import { resolveCaller } from '../../core/identity/resolve-caller';
import { sniffFileType } from '../../core/tickets/sniff-file-type';
import { BadRequest, readJson, sendJson } from '../http/http-io';
import { fileLink, isValidFileLink } from './file-link';

export interface UploadContext {
  deps: HandlerDeps;
  uploadsDir: string;
  secret: string;
  /** From the signed session; null without one. */
  openid: string | null;
}

const fail = (res: ServerResponse, code: string, message: string, field?: string) =>
  sendJson(res, 200, { ok: false, error: field ? { code, message, field } : { code, message } });

const UPLOAD_ID = /^[\w-]{8,64}$/;

const readBody = async (req: IncomingMessage, limit: number): Promise<Buffer | null> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

/** The file name the client gave, reduced to something safe to show; the extension must match what was sniffed. */
const cleanName = (header: string | string[] | undefined): string | null => {
  if (typeof header !== 'string') return null;
  try {
    const name = [...decodeURIComponent(header)]
      .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '/' && c !== '\\')
      .join('')
      .trim();
    return name.length > 0 && name.length <= 100 ? name : null;
  } catch {
    return null;
  }
};

const EXTENSION_OF: Record<FileRef['type'], RegExp> = {
  'image/jpeg': /\.(jpe?g)$/i,
  'image/png': /\.png$/i,
  'image/webp': /\.webp$/i,
  'application/pdf': /\.pdf$/i,
};

/**
 * POST /api/upload — the raw file as the body, its name in `x-file-name` (URI-encoded). Signed-in
 * users only; images and PDFs by content, up to the ticket attachment limit. Answers a FileRef.
 */
export const handleUpload = async (ctx: UploadContext, req: IncomingMessage, res: ServerResponse) => {
  const caller = await resolveCaller(ctx.deps.store, ctx.openid);
  if (!caller.user) return fail(res, 'UNAUTHENTICATED', '请先登录');
  const name = cleanName(req.headers['x-file-name']);
  if (!name) return fail(res, 'INVALID_INPUT', '缺少文件名', 'name');
  const body = await readBody(req, MAX_ATTACHMENT_BYTES);
  if (body === null) return fail(res, 'INVALID_INPUT', `单个文件不超过${MAX_ATTACHMENT_BYTES / 1024 / 1024}MB`, 'size');
  if (body.length === 0) return fail(res, 'INVALID_INPUT', '文件为空', 'size');
  const type = sniffFileType(body);
  if (!type) return fail(res, 'INVALID_INPUT', '仅支持图片（JPG、PNG、WEBP）和PDF文件', 'type');
  if (!EXTENSION_OF[type].test(name)) return fail(res, 'INVALID_INPUT', '文件扩展名与内容不符', 'name');

  const id = randomUUID();
  mkdirSync(ctx.uploadsDir, { recursive: true });
  writeFileSync(join(ctx.uploadsDir, id), body, { mode: 0o600 });
  await ctx.deps.store.insert<UploadRecord>('uploads', {
    id,
    version: 1,
    ownerUserId: caller.user.id,
    name,
    size: body.length,
    type,
    createdAt: ctx.deps.clock.now(),
  });
  const ref: FileRef = { fileId: uploadFileId(id), name, size: body.length, type };
  return sendJson(res, 200, { ok: true, data: ref });
};

/** Whether the caller may read a file: their own upload, or one on a ticket they may see (checked by tickets.get). */
const mayRead = async (ctx: UploadContext, record: UploadRecord, ticketId: unknown): Promise<boolean> => {
  const caller = await resolveCaller(ctx.deps.store, ctx.openid);
  if (!caller.user) return false;
  if (record.ownerUserId === caller.user.id) return true;
  if (typeof ticketId !== 'string') return false;
  const answer = await dispatch(
    { action: 'tickets.get', input: { ticketId } },
    { fn: 'tickets', openid: ctx.openid, handlers: HANDLERS, deps: ctx.deps, traceId: 'file-link' },
  );
  if (!answer.ok) return false;
  const view = answer.data as { attachments: FileRef[]; timeline: { attachments: FileRef[] }[] };
  const fileId = uploadFileId(record.id);
  return [...view.attachments, ...view.timeline.flatMap((e) => e.attachments)].some((f) => f.fileId === fileId);
};

/** POST /api/files/link { fileId, ticketId? } — a short-lived link after the authorisation check. */
export const handleFileLink = async (ctx: UploadContext, req: IncomingMessage, res: ServerResponse) => {
  const body = (await readJson(req)) as { fileId?: unknown; ticketId?: unknown } | null;
  if (typeof body !== 'object' || body === null) throw new BadRequest(400, 'body must be an object');
  const uploadId = typeof body.fileId === 'string' ? uploadIdOf(body.fileId) : null;
  const record = uploadId ? await ctx.deps.store.get<UploadRecord>('uploads', uploadId) : null;
  if (!record || !(await mayRead(ctx, record, body.ticketId))) return fail(res, 'NOT_FOUND', '文件不存在或无权查看');
  return sendJson(res, 200, { ok: true, data: { url: fileLink(record.id, ctx.secret, ctx.deps.clock.now()) } });
};

/** GET /api/files/<id>?exp&sig — only through a link handed out by handleFileLink. */
export const serveFile = async (ctx: UploadContext, uploadId: string, url: URL, res: ServerResponse) => {
  const ok =
    UPLOAD_ID.test(uploadId) &&
    isValidFileLink(
      uploadId,
      url.searchParams.get('exp'),
      url.searchParams.get('sig'),
      ctx.secret,
      ctx.deps.clock.now(),
    );
  const record = ok ? await ctx.deps.store.get<UploadRecord>('uploads', uploadId) : null;
  const path = join(ctx.uploadsDir, uploadId);
  if (!record || !existsSync(path)) return sendJson(res, 404, { error: 'not found' });
  res.writeHead(200, {
    'content-type': record.type,
    'content-length': record.size,
    'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(record.name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=300',
  });
  createReadStream(path).pipe(res);
};
