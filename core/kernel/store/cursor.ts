import { invalidInput } from '../errors';
import type { OrderBy, Scalar } from './doc-store';

/** Keyset cursor: the sort value and id of the last item of a page. Opaque to clients. */
export interface CursorPosition {
  value: Scalar;
  id: string;
}

export const encodeCursor = (position: CursorPosition): string => JSON.stringify([position.value, position.id]);

export const decodeCursor = (cursor: string): CursorPosition => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    throw invalidInput('cursor', '分页参数无效');
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string') {
    throw invalidInput('cursor', '分页参数无效');
  }
  const value: unknown = parsed[0];
  if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
    throw invalidInput('cursor', '分页参数无效');
  }
  return { value: value as Scalar, id: parsed[1] };
};

export const DEFAULT_ORDER: OrderBy = { field: 'id', dir: 'asc' };

/** Reads the sort field of a stored document for the next cursor. */
export const cursorAfter = (doc: Record<string, unknown>, orderBy: OrderBy): string => {
  const raw = doc[orderBy.field];
  const value: Scalar =
    raw === undefined || raw === null || ['string', 'number', 'boolean'].includes(typeof raw)
      ? ((raw ?? null) as Scalar)
      : null;
  return encodeCursor({ value, id: String(doc.id) });
};
