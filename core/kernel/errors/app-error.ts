import type { ErrorCode, WireError } from './error-codes';

/** A failure a handler means to report; anything else thrown becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }

  toWire(): WireError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export const invalidInput = (field: string, message: string): AppError => new AppError('INVALID_INPUT', message, field);

/** Documents read for ids the caller named: all of them, or INVALID_INPUT on `field` for the first missing one. */
export const everyFound = <T>(docs: readonly (T | null)[], field: string, message: string): T[] =>
  docs.map((doc) => {
    if (doc === null) throw invalidInput(field, message);
    return doc;
  });
export const notFound = (message = '内容不存在或已删除'): AppError => new AppError('NOT_FOUND', message);
export const forbidden = (message = '没有权限执行此操作'): AppError => new AppError('FORBIDDEN', message);
export const conflict = (message = '数据已被他人修改，请刷新后重试'): AppError => new AppError('CONFLICT', message);

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
