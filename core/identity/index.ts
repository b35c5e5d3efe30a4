/** The identity feature's public face: other features and the app import it from here only. */
export * from './account-actions';
export * from './repo/directory-pages';
export * from './repo/ensure-client-account';
export * from './invite';
export * from './invite-code';
export * from './repo/resolve-caller';
export * from './repo/seed-people';
export * from './repo/staff-admin-writes';
export * from './seed/staff-seed';
export * from './seed/users-seed';
export * from './staff';
export * from './staff-repo';
