/** The office's settings documents (visits, calendar, subscribe templates): schemas, defaults and their checked reader. */
export * from './load-working-time';
export * from './project-settings';
export * from './settings-fields';
export * from './settings-reader';
export { replaceSettingsDocument, settingsDocument } from './settings-repo';
export * from './repo/seed-settings';
export * from './subscribe-templates';
export * from './visit-settings';
