import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Clock, ExportFiles } from '@core/app/handlers';
import { sendJson } from '../http/http-io';
import { FILE_LINK_TTL_MS, isValidFileLink, signLink } from '../uploads/file-link';

const PURPOSE = 'export';
const EXPORT_ID = /^[0-9a-f-]{36}$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Workbooks as private files under ZD_DATA_DIR/exports, read only through a 5-minute signed link. */
export const localExportFiles = (dir: string, secret: string, clock: Clock): ExportFiles => ({
  save: async (fileName, bytes) => {
    mkdirSync(dir, { recursive: true });
    const id = randomUUID();
    writeFileSync(join(dir, `${id}.xlsx`), bytes, { mode: 0o600 });
    writeFileSync(join(dir, `${id}.name`), fileName, { mode: 0o600 });
    const expiresAt = clock.now() + FILE_LINK_TTL_MS;
    const sig = signLink(id, expiresAt, secret, PURPOSE);
    return { url: `/api/exports/${id}?exp=${expiresAt}&sig=${sig}`, expiresAt };
  },
});

/** GET /api/exports/<id>?exp&sig — the workbook, as a download. */
export const serveExport = (dir: string, secret: string, now: number, url: URL, res: ServerResponse): void => {
  const id = url.pathname.slice('/api/exports/'.length);
  const ok =
    EXPORT_ID.test(id) &&
    isValidFileLink(id, url.searchParams.get('exp'), url.searchParams.get('sig'), secret, now, PURPOSE);
  const path = join(dir, `${id}.xlsx`);
  if (!ok || !existsSync(path)) return sendJson(res, 404, { error: 'not found' });
  // The name people see when they download it, kept in a small file beside the workbook.
  const name = existsSync(join(dir, `${id}.name`)) ? readFileSync(join(dir, `${id}.name`), 'utf8') : `${id}.xlsx`;
  res.writeHead(200, {
    'content-type': XLSX,
    'content-length': statSync(path).size,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  createReadStream(path).pipe(res);
};
