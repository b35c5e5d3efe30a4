import { decodeCursor, DEFAULT_ORDER, type Condition, type FindQuery, type Scalar } from '@core/kernel/store';

/** SQL for one top-level field: the id column, or the JSON document's field. */
export const fieldSql = (field: string): string => {
  if (field === 'id') return 'id';
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(field)) throw new Error(`bad field name ${field}`);
  return `json_extract(doc, '$.${field}')`;
};

/** JSON booleans come back from json_extract as 1 / 0. */
const bind = (value: Scalar): string | number | null => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

const isPlainCondition = (c: Condition): c is Exclude<Condition, Scalar> => typeof c === 'object' && c !== null;

const conditionSql = (field: string, condition: Condition, params: unknown[]): string => {
  const column = fieldSql(field);
  if (!isPlainCondition(condition)) {
    if (condition === null) return `${column} IS NULL`;
    params.push(bind(condition));
    return `${column} = ?`;
  }
  if ('in' in condition) {
    if (condition.in.length === 0) return '0';
    params.push(...condition.in.map(bind));
    return `${column} IN (${condition.in.map(() => '?').join(', ')})`;
  }
  if ('ne' in condition) {
    params.push(bind(condition.ne));
    return `${column} IS NOT ?`;
  }
  if ('has' in condition) {
    if (field === 'id') throw new Error('has() needs an array field');
    params.push(bind(condition.has));
    return `EXISTS (SELECT 1 FROM json_each(doc, '$.${field}') WHERE value = ?)`;
  }
  if ('contains' in condition) {
    params.push(condition.contains.toLowerCase());
    return `instr(lower(${column}), ?) > 0`;
  }
  const parts: string[] = [];
  const ops = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  for (const op of Object.keys(ops) as (keyof typeof ops)[]) {
    const value = condition[op];
    if (value !== undefined) {
      params.push(value);
      parts.push(`${column} ${ops[op]} ?`);
    }
  }
  return parts.length ? parts.join(' AND ') : '1';
};

export interface BuiltQuery {
  where: string;
  params: unknown[];
}

export const whereSql = (where: FindQuery['where']): BuiltQuery => {
  const params: unknown[] = [];
  const parts = Object.entries(where ?? {}).map(([field, condition]) => conditionSql(field, condition, params));
  return { where: parts.length ? parts.join(' AND ') : '1', params };
};

/** SELECT for one page: filter, keyset position, order, and one extra row to know if there is a next page. */
export const pageSql = (table: string, query: FindQuery): BuiltQuery => {
  const { where, params } = whereSql(query.where);
  const order = query.orderBy ?? DEFAULT_ORDER;
  const column = fieldSql(order.field);
  const cmp = order.dir === 'asc' ? '>' : '<';
  let keyset = '';
  if (query.after) {
    const { value, id } = decodeCursor(query.after);
    keyset = order.field === 'id' ? ` AND id ${cmp} ?` : ` AND (${column} ${cmp} ? OR (${column} = ? AND id ${cmp} ?))`;
    params.push(...(order.field === 'id' ? [id] : [bind(value), bind(value), id]));
  }
  const dir = order.dir === 'asc' ? 'ASC' : 'DESC';
  const orderSql = order.field === 'id' ? `id ${dir}` : `${column} ${dir}, id ${dir}`;
  params.push(query.limit + 1);
  return { where: `SELECT doc FROM "${table}" WHERE (${where})${keyset} ORDER BY ${orderSql} LIMIT ?`, params };
};
