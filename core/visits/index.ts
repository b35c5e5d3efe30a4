/** The visits feature's public face: other features and the app import it from here only. */
export * from './visit';
export * from './visit-actions';
export * from './repo/visit-events';
export * from './visit-fields';
export * from './visit-reminders';
export * from './repo/read-visit';
export { hostedVisits } from './repo/hosted-visits';
export { visitWrites } from './repo/visit-writes';
