import { decodeCursor, type Condition, type Filter, type OrderBy, type Scalar } from '@core/kernel/store';
import type { CloudCommand, CloudDatabase } from './cloud-database';
import { FIELD_CLIENT_OWNER, storedField } from './cloud-docs';

/**
 * Port filters → wx-server-sdk query conditions. Every condition is its own clause under one
 * `_.and(...)`, so the SDK never has to merge two conditions on the same field (its merge of
 * same-key objects overwrites rather than combines).
 */

type Builders = Pick<CloudDatabase, 'command' | 'RegExp'>;

/** `contains` is literal text: every regex metacharacter is escaped. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const isOperator = (c: Condition): c is Exclude<Condition, Scalar> => typeof c === 'object' && c !== null;

const conditionClauses = (db: Builders, field: string, condition: Condition): object[] => {
  const _ = db.command;
  const key = storedField(field);
  // A bare scalar is equality; on CloudBase (MongoDB) `null` also matches a missing field, as on SQLite.
  if (!isOperator(condition)) return [{ [key]: condition }];
  if ('in' in condition) return [{ [key]: _.in([...condition.in]) }];
  if ('ne' in condition) return [{ [key]: _.neq(condition.ne) }];
  if ('has' in condition) {
    if (field === 'id') throw new Error('has() needs an array field');
    // MongoDB equality on an array field matches when any element is equal.
    return [{ [key]: condition.has }];
  }
  if ('contains' in condition) {
    // RegExp() refuses an empty pattern; an empty needle matches every string, as instr() does.
    const regexp = condition.contains === '' ? '^' : escapeRegExp(condition.contains);
    return [{ [key]: db.RegExp({ regexp, options: 'i' }) }];
  }
  const clauses: object[] = [];
  const bounds = {
    gt: (v: unknown) => _.gt(v),
    gte: (v: unknown) => _.gte(v),
    lt: (v: unknown) => _.lt(v),
    lte: (v: unknown) => _.lte(v),
  } as const;
  for (const op of Object.keys(bounds) as (keyof typeof bounds)[]) {
    const value = condition[op];
    if (value !== undefined) clauses.push({ [key]: bounds[op](value) });
  }
  return clauses;
};

/** Every read matches only documents our functions wrote (see FIELD_CLIENT_OWNER), then the port's filter. */
export const filterClauses = (db: Builders, where: Filter | undefined): object[] => [
  { [FIELD_CLIENT_OWNER]: db.command.exists(false) },
  ...Object.entries(where ?? {}).flatMap(([field, condition]) => conditionClauses(db, field, condition)),
];

/**
 * Keyset position: strictly after (value, id) in the sort order, the same cursor SQLite uses.
 * MongoDB sorts a null or missing value before every other value, so a null position continues with
 * the other nulls and then (ascending) every non-null value, and descending pages end with the nulls.
 */
export const keysetClauses = (command: CloudCommand, order: OrderBy, after: string | null | undefined): object[] => {
  if (!after) return [];
  const { value, id } = decodeCursor(after);
  const asc = order.dir === 'asc';
  const beyond = (v: Scalar | string) => (asc ? command.gt(v) : command.lt(v));
  if (order.field === 'id') return [{ _id: beyond(id) }];
  const field = storedField(order.field);
  const ties = { [field]: value, _id: beyond(id) };
  if (value === null) return [asc ? command.or({ [field]: command.neq(null) }, ties) : ties];
  const later = [{ [field]: beyond(value) }, ties];
  return [command.or(...(asc ? later : [...later, { [field]: null }]))];
};

/** The SDK's `where()` for a list of clauses, or nothing when there are none. */
export const whereOf = (command: CloudCommand, clauses: object[]): object | null =>
  clauses.length ? command.and(...clauses) : null;
