/** The messages feature's public face: other features and the app import it from here only. */
export * from './message-actions';
export * from './page-links';
export * from './send-inbox-messages';
export * from './inbox-message';
