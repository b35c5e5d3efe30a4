import type { Logger } from '@core/app/handlers';

type Level = 'info' | 'error';

/** One JSON line per event: CloudBase's log search indexes console output line by line. */
const line = (level: Level, message: string, meta?: Record<string, unknown>): string =>
  JSON.stringify({ level, at: new Date().toISOString(), message, ...meta });

export const consoleLogger = (): Logger => ({
  info: (message, meta) => console.log(line('info', message, meta)),
  error: (message, meta) => console.error(line('error', message, meta)),
});
