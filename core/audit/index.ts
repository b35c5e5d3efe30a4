/** The audit feature's public face: other features and the app import it from here only. */
export * from './audit';
export * from './audit-log';
export { auditLogPage } from './audit-repo';
