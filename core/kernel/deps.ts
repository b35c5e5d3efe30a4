import type { Caller } from './caller';
import type { DocStore } from './store/doc-store';

export interface Clock {
  /** UTC epoch milliseconds. */
  now(): number;
}

export interface IdSource {
  newId(): string;
}

export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

/** Private files (ticket attachments) as the platform hands them out: a link that expires. */
export interface FileLinks {
  /** A URL that reads `fileId` for `maxAgeSeconds`, or null when the file does not exist. */
  tempUrl(fileId: string, maxAgeSeconds: number): Promise<string | null>;
}

/** Where exported workbooks go: private files behind a short-lived link (local signed link, cloud temp URL). */
export interface ExportFiles {
  save(fileName: string, bytes: Uint8Array): Promise<{ url: string; expiresAt: number }>;
}

/** A code as an image to scan (an invite, a 现场评议 round's): WeChat's mini-program code, or a QR of the H5 link. */
export interface InviteCodeImage {
  /** wxacode: opens the mini-program's bind page (scene = the code); qrcode: opens `link` in a browser. */
  kind: 'wxacode' | 'qrcode';
  /** `data:image/…;base64,…`: handed back, never stored (the code is a credential for 7 days). */
  dataUrl: string;
  /** The H5 link the QR holds; null for a mini-program code. */
  link: string | null;
}

export interface InviteCodeImages {
  /** `page`: the mini-program page without a leading slash; `code` goes in as the scene (≤ 32 chars). */
  render(code: string, page: string): Promise<InviteCodeImage>;
}

/** What a handler may touch. Mounted with real adapters by the cloud functions and server/, with fakes by tests. */
export interface HandlerDeps {
  store: DocStore;
  clock: Clock;
  ids: IdSource;
  log: Logger;
  /** Absent where nothing can be exported (tests that do not export); tickets.export then answers UNAVAILABLE. */
  exportFiles?: ExportFiles;
  /** Cloud storage links; absent on the local stack, whose files go through server/uploads. */
  files?: FileLinks;
  /** SHA-256 hex of a secret (the bootstrap code); absent on the local stack, which has demo personas. */
  digest?: (text: string) => string;
  /** Invite and round codes as images; absent where none can be made (the qrcode actions answer UNAVAILABLE). */
  inviteImages?: InviteCodeImages;
}

/** What an audited action touched, filled in by its handler for the dispatcher's audit record. */
export interface AuditNote {
  target: string | null;
  before?: unknown;
  after?: unknown;
}

export interface HandlerContext {
  caller: Caller;
  deps: HandlerDeps;
  /** Present for audited actions (ActionDef.isAudited). */
  audit?: AuditNote;
}

/** Records what an audited action touched; a no-op outside the dispatcher. */
export const noteAudit = (ctx: HandlerContext, note: AuditNote): void => {
  if (ctx.audit) Object.assign(ctx.audit, note);
};
