/** The admin feature's public face: other features and the app import it from here only. */
export * from './admin-actions';
export * from './admin-fields';
export * from './category-admin-actions';
