import type { ActionName, ActionOutput, ParsedInput } from '../contract/actions';
import type { Caller } from '../domain/user';
import type { DocStore } from '../store/doc-store';

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

/** Where exported workbooks go: private files behind a short-lived link (local signed link, cloud temp URL). */
export interface ExportFiles {
  save(fileName: string, bytes: Uint8Array): Promise<{ url: string; expiresAt: number }>;
}

/** What a handler may touch. Mounted with real adapters by the cloud functions and server/, with fakes by tests. */
export interface HandlerDeps {
  store: DocStore;
  clock: Clock;
  ids: IdSource;
  log: Logger;
  /** Absent where nothing can be exported (tests that do not export); tickets.export then answers UNAVAILABLE. */
  exportFiles?: ExportFiles;
}

export interface HandlerContext {
  caller: Caller;
  deps: HandlerDeps;
}

export type Handler<A extends ActionName> = (input: ParsedInput<A>, ctx: HandlerContext) => Promise<ActionOutput<A>>;

/** A Record over every action: a contract entry without a handler does not compile. */
export type HandlerMap = { [A in ActionName]: Handler<A> };
