import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dispatch, type WireRequest } from '@core/app/dispatch/dispatch';
import { FUNCTION_NAMES } from '@core/app/contract';
import { EVERY_FUNCTION, type Clock, type HandlerDeps } from '@core/app/handlers';
import type { TickReport } from '@core/app/scheduler/run-tick';
import type { AdjustableClock } from './demo-clock';
import { serveExport } from './exports/export-files';
import { isDemoSession, listPersonas, moveDemoClock, startDemoSession } from './http/demo-routes';
import { BadRequest, isJsonBody, readJson, sendJson } from './http/http-io';
import { serveStatic } from './http/static-files';
import { bearerToken, verifySessionToken } from './session/session-token';
import { handleFileLink, handleUpload, serveFile, type UploadContext } from './uploads/upload-routes';

export interface AppOptions {
  deps: HandlerDeps;
  /** Demo mode offers the 体验身份 switch; production has no such endpoint. */
  isProduction: boolean;
  sessionSecret: string;
  staticDir: string;
  /** Demo mode only: the clock tests and demos may move forward (POST /api/demo/clock). */
  demoClock?: AdjustableClock;
  /**
   * Demo mode only: runs a scheduler tick now (POST /api/demo/tick), so a demo or a browser test sees
   * 督办 and auto-confirmations right after moving the clock instead of waiting for the 5-minute timer.
   */
  runTickNow?: () => Promise<TickReport | null>;
  /** Where uploaded attachments live (ZD_DATA_DIR/uploads); without it the upload endpoints are off. */
  uploadsDir?: string;
  /** Where exported workbooks live (ZD_DATA_DIR/exports); GET /api/exports/<id> serves them by signed link. */
  exportsDir?: string;
  /**
   * The clock sessions are issued and checked on: real time by default, whatever the demo clock says
   * about deadlines, for /api and the file routes alike. Tests pass the clock they issue tokens with.
   */
  sessionClock?: Clock;
}

const REAL_TIME: Clock = { now: () => Date.now() };

/** The local stack's HTTP surface: the same handlers as the cloud functions, over the wire of DESIGN.md §3. */
export const createApp = (options: AppOptions): Server =>
  createServer((req, res) => {
    handle(options, req, res).catch((e: unknown) => {
      if (e instanceof BadRequest) return sendJson(res, e.status, { error: e.message });
      options.deps.log.error('request failed', { url: req.url, error: e instanceof Error ? e.stack : String(e) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
    });
  });

const handle = async (options: AppOptions, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const { pathname } = new URL(req.url ?? '/', 'http://local');
  const { store } = options.deps;
  const sessionNow = (options.sessionClock ?? REAL_TIME).now();
  if (pathname === '/healthz') return sendJson(res, 200, { ok: true });
  if (pathname.startsWith('/api/demo/')) {
    if (options.isProduction) return sendJson(res, 404, { error: 'not found' });
    if (pathname === '/api/demo/personas' && req.method === 'GET') return listPersonas(store, res);
    // A form or a no-cors fetch from another site cannot send application/json without a preflight.
    if (req.method === 'POST' && !isJsonBody(req))
      return sendJson(res, 415, { error: 'content-type must be application/json' });
    if (pathname === '/api/demo/session' && req.method === 'POST') {
      return startDemoSession(store, await readJson(req), options.sessionSecret, sessionNow, res);
    }
    const token = bearerToken(req.headers.authorization);
    if (!isDemoSession(token ? verifySessionToken(token, options.sessionSecret, sessionNow) : null)) {
      return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先选择体验身份' } });
    }
    if (pathname === '/api/demo/clock' && options.demoClock) {
      return moveDemoClock(options.demoClock, req.method === 'POST' ? await readJson(req) : null, res);
    }
    if (pathname === '/api/demo/tick' && req.method === 'POST' && options.runTickNow) {
      return sendJson(res, 200, { ok: true, data: await options.runTickNow() });
    }
    return sendJson(res, 404, { error: 'not found' });
  }
  if (options.uploadsDir && (pathname === '/api/upload' || pathname.startsWith('/api/files/'))) {
    return handleFiles({ ...options, uploadsDir: options.uploadsDir }, sessionNow, req, res, pathname);
  }
  if (options.exportsDir && pathname.startsWith('/api/exports/') && req.method === 'GET') {
    return serveExport(
      options.exportsDir,
      options.sessionSecret,
      sessionNow,
      new URL(req.url ?? '/', 'http://local'),
      res,
    );
  }
  if (pathname.startsWith('/api/')) {
    const fn = pathname.slice('/api/'.length);
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
    if (!FUNCTION_NAMES.includes(fn)) return sendJson(res, 404, { error: 'not found' });
    const body = await readJson(req);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new BadRequest(400, 'body must be an object');
    const token = bearerToken(req.headers.authorization);
    const openid = token ? verifySessionToken(token, options.sessionSecret, sessionNow) : null;
    if (options.isProduction && !openid) {
      return sendJson(res, 200, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    }
    const answer = await dispatch(body as WireRequest, {
      fn,
      openid,
      ...EVERY_FUNCTION,
      deps: options.deps,
      traceId: randomUUID(),
      source: 'h5',
    });
    return sendJson(res, 200, answer);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
  serveStatic(options.staticDir, req, res);
};

const handleFiles = async (
  options: AppOptions & { uploadsDir: string },
  sessionNow: number,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> => {
  const token = bearerToken(req.headers.authorization);
  const ctx: UploadContext = {
    deps: options.deps,
    uploadsDir: options.uploadsDir,
    secret: options.sessionSecret,
    openid: token ? verifySessionToken(token, options.sessionSecret, sessionNow) : null,
  };
  if (pathname === '/api/upload' && req.method === 'POST') return handleUpload(ctx, req, res);
  if (pathname === '/api/files/link' && req.method === 'POST') return handleFileLink(ctx, req, res);
  if (req.method === 'GET') {
    const raw = pathname.slice('/api/files/'.length);
    // A malformed escape is a bad link, not a server error.
    const uploadId = /^[\w-]+$/.test(raw) ? raw : '';
    return serveFile(ctx, uploadId, new URL(req.url ?? '/', 'http://local'), res);
  }
  return sendJson(res, 405, { error: 'method not allowed' });
};
