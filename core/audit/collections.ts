import type { AuditHead, AuditRecord } from './audit';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    audit_log: AuditRecord;
  }
  interface SettingsDocs {
    audit_head: AuditHead;
  }
}
