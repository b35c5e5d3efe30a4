/** The only error codes that cross the wire (DESIGN.md §3). */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field, for INVALID_INPUT. */
  field?: string;
  /** Set on INTERNAL so a user can quote it and staff can find the log line. */
  requestId?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: WireError };

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
