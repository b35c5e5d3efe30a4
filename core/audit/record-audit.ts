import type { IdSource } from '../handlers/handler-types';
import type { TxStore } from '../store/doc-store';

/** One line of the append-only audit log (C10): who did what, when. Inserted, never changed. */
export interface AuditEntry {
  id: string;
  version: number;
  at: number;
  actorUserId: string | null;
  action: string;
  /** What it was about, as people read it (the filters of an export, the record changed). */
  summary: string;
  detail: Record<string, string | number | null>;
}

/** The one way anything is written to the audit log, so the admin area's log and the exports share it. */
export const recordAudit = async (
  store: TxStore,
  ids: IdSource,
  entry: Omit<AuditEntry, 'id' | 'version'>,
): Promise<AuditEntry> => store.insert<AuditEntry>('audit_log', { id: ids.newId(), version: 1, ...entry });
