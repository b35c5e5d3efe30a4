import { randomUUID } from 'node:crypto';
import type { Clock, HandlerDeps, Logger } from '@core/app/handlers';
import type { DocStore } from '@core/kernel/store';

/** One JSON line per event on stderr: what an INTERNAL answer's requestId points at. */
export const jsonLogger = (): Logger => ({
  info: (message, meta) =>
    process.stderr.write(`${JSON.stringify({ level: 'info', at: new Date().toISOString(), message, ...meta })}\n`),
  error: (message, meta) =>
    process.stderr.write(`${JSON.stringify({ level: 'error', at: new Date().toISOString(), message, ...meta })}\n`),
});

export const serverDeps = (
  store: DocStore,
  log: Logger = jsonLogger(),
  clock: Clock = { now: () => Date.now() },
): HandlerDeps => ({
  store,
  clock,
  ids: { newId: () => randomUUID() },
  log,
});
