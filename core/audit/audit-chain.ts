import type { AuditRecord } from '../domain/audit';
import { sha256Hex } from './sha256';

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

/** The hash a record must carry: over its content (everything but `hash` and `version`) and the previous hash. */
export const hashOf = (record: Omit<AuditRecord, 'hash' | 'version'> & { hash?: string; version?: number }): string => {
  const { hash: _hash, version: _version, ...content } = record;
  return sha256Hex(canonicalJson(content));
};

export const auditId = (seq: number): string => `a${String(seq).padStart(12, '0')}`;
