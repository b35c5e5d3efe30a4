/**
 * A failure the fake server reports the way CloudBase does: a response `{ code, message }` instead
 * of data. Codes are CloudBase's (wx-server-sdk maps them to its errCode numbers).
 */
export class DbFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DbFailure';
  }
}

export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';
