import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { dispatch } from '@core/app/dispatch/dispatch';
import { MAX_ATTACHMENT_BYTES, type FileRef } from '@core/tickets/ticket';
import {
  DAILY_UPLOAD_QUOTA,
  UNATTACHED_UPLOAD_TTL_MS,
  uploadFileId,
  uploadIdOf,
  uploadQuotaId,
  type UploadQuota,
  type UploadRecord,
} from '@core/tickets/upload';
import { clientAccountId } from '@core/identity/repo/ensure-client-account';
import { localDate } from '@core/kernel/calendar/local-time';
import type { HandlerDeps } from '@core/app/handlers';
import { EVERY_FUNCTION } from '@core/app/handlers';
import { resolveCaller } from '@core/identity/repo/resolve-caller';
import { sniffFileType } from '@core/tickets/sniff-file-type';
import { BadRequest, readJson, sendJson } from '../http/http-io';
import { fileLink, isValidFileLink } from './file-link';
import { receiveToFile } from './receive-upload';

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

const refuseQuota = (res: ServerResponse) =>
  fail(
    res,
    'RATE_LIMITED',
    `今日上传已达上限（每人每天${DAILY_UPLOAD_QUOTA.files}个文件、共${DAILY_UPLOAD_QUOTA.bytes / 1024 / 1024}MB），请明天再试`,
  );

const hasRoom = (quota: UploadQuota | null, size: number): boolean =>
  (quota?.files ?? 0) + 1 <= DAILY_UPLOAD_QUOTA.files && (quota?.bytes ?? 0) + size <= DAILY_UPLOAD_QUOTA.bytes;

/**
 * POST /api/upload — the raw file as the body, its name in `x-file-name` (URI-encoded). Any signed-in
 * person, also a visitor without an account yet (a first request's draft): the file is theirs under
 * the account id their first filing will get. Streamed to disk with the size cap enforced while it
 * arrives; images and PDFs by content; a daily quota per person. Answers a FileRef.
 */
export const handleUpload = async (ctx: UploadContext, req: IncomingMessage, res: ServerResponse) => {
  const caller = await resolveCaller(ctx.deps.store, ctx.openid);
  if (!caller.openid) return fail(res, 'UNAUTHENTICATED', '请先登录');
  const ownerUserId = caller.user?.id ?? clientAccountId(caller.openid);
  const name = cleanName(req.headers['x-file-name']);
  if (!name) return fail(res, 'INVALID_INPUT', '缺少文件名', 'name');
  const tooLarge = `单个文件不超过${MAX_ATTACHMENT_BYTES / 1024 / 1024}MB`;
  if (Number(req.headers['content-length'] ?? 0) > MAX_ATTACHMENT_BYTES)
    return fail(res, 'INVALID_INPUT', tooLarge, 'size');
  const now = ctx.deps.clock.now();
  const quotaId = uploadQuotaId(ownerUserId, localDate(now));
  if (!hasRoom(await ctx.deps.store.get('upload_quotas', quotaId), 1)) return refuseQuota(res);

  const id = randomUUID();
  await mkdir(ctx.uploadsDir, { recursive: true });
  const path = join(ctx.uploadsDir, id);
  const received = await receiveToFile(req, `${path}.part`, MAX_ATTACHMENT_BYTES);
  if (!received.ok) {
    // The rest of the body is never read: answer, then close the connection instead of draining it.
    res.setHeader('connection', 'close');
    res.once('finish', () => req.destroy());
    return fail(res, 'INVALID_INPUT', received.reason === 'too_large' ? tooLarge : '上传中断', 'size');
  }
  const refuse = async (answer: () => void) => {
    await rm(`${path}.part`, { force: true });
    answer();
  };
  if (received.size === 0) return refuse(() => fail(res, 'INVALID_INPUT', '文件为空', 'size'));
  const type = sniffFileType(received.head);
  if (!type) return refuse(() => fail(res, 'INVALID_INPUT', '仅支持图片（JPG、PNG、WEBP）和PDF文件', 'type'));
  if (!EXTENSION_OF[type].test(name)) return refuse(() => fail(res, 'INVALID_INPUT', '文件扩展名与内容不符', 'name'));

  await rename(`${path}.part`, path);
  const record: UploadRecord = {
    ...{ id, version: 1, ownerUserId, name, size: received.size, type, createdAt: now },
    purgeAt: now + UNATTACHED_UPLOAD_TTL_MS,
  };
  const isCounted = await ctx.deps.store.transaction(async (tx) => {
    const quota = await tx.get('upload_quotas', quotaId);
    if (!hasRoom(quota, received.size)) return false;
    const used = { files: (quota?.files ?? 0) + 1, bytes: (quota?.bytes ?? 0) + received.size };
    if (quota) await tx.update('upload_quotas', quotaId, quota.version, used);
    else await tx.insert('upload_quotas', { id: quotaId, version: 1, ...used });
    await tx.insert('uploads', record);
    return true;
  });
  if (!isCounted) {
    await rm(path, { force: true });
    return refuseQuota(res);
  }
  const ref: FileRef = { fileId: uploadFileId(id), name, size: received.size, type };
  return sendJson(res, 200, { ok: true, data: ref });
};

/** Whether the caller may read a file: their own upload, or one on a ticket they may see (checked by tickets.get). */
const mayRead = async (ctx: UploadContext, record: UploadRecord, ticketId: unknown): Promise<boolean> => {
  const caller = await resolveCaller(ctx.deps.store, ctx.openid);
  if (!caller.openid) return false;
  if (record.ownerUserId === (caller.user?.id ?? clientAccountId(caller.openid))) return true;
  if (typeof ticketId !== 'string') return false;
  const answer = await dispatch(
    { action: 'tickets.get', input: { ticketId } },
    { fn: 'tickets', openid: ctx.openid, ...EVERY_FUNCTION, deps: ctx.deps, traceId: 'file-link' },
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
  const record = uploadId ? await ctx.deps.store.get('uploads', uploadId) : null;
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
  const record = ok ? await ctx.deps.store.get('uploads', uploadId) : null;
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
