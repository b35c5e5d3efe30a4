import * as v from 'valibot';
import { MAX_PAGE } from './store/doc-store';

/** Paging fields every list action accepts. */
export const pagingFields = {
  limit: v.optional(v.pipe(v.number(), v.integer('每页数量须为整数'), v.minValue(1), v.maxValue(MAX_PAGE)), 20),
  cursor: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(200)))),
};

/** A cursor a previous answer handed out (required: there is no "earlier" without one). */
export const timelineCursorField = v.pipe(v.string('缺少分页位置'), v.minLength(1, '缺少分页位置'), v.maxLength(200));

export const idField = v.pipe(v.string('缺少编号'), v.trim(), v.minLength(1, '缺少编号'), v.maxLength(64));

export interface PageOf<T> {
  items: T[];
  next: string | null;
}
