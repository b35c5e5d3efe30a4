import type { AuditRecord } from './audit';
import { sha256Hex } from '@core/kernel/sha256';

/** JSON with keys sorted at every level, so a record hashes the same in every runtime. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

/** Every field a record's hash covers, in a fixed order (all but `hash` and `version`). */
const HASHED_FIELDS = [
  'id',
  'seq',
  'at',
  'localDate',
  'actorUserId',
  'actorOpenid',
  'actorName',
  'actorRoles',
  'action',
  'target',
  'before',
  'after',
  'result',
  'requestId',
  'source',
  'prevHash',
] as const satisfies readonly Exclude<keyof AuditRecord, 'hash' | 'version'>[];

/** The hash a record must carry: over its content and the previous record's hash. */
export const hashOf = (record: Omit<AuditRecord, 'hash' | 'version'>): string =>
  sha256Hex(HASHED_FIELDS.map((field) => canonicalJson(record[field])).join('\u0001'));

export const auditId = (seq: number): string => `a${String(seq).padStart(12, '0')}`;
