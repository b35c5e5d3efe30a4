/** The catalog feature's public face: other features and the app import it from here only. */
export * from './catalog';
export * from './catalog-actions';
export * from './catalog-fields';
export * from './catalog-repo';
export * from './repo/seed-catalog';
export * from './seed/articles-seed';
export * from './seed/factories-seed';
export * from './seed/industries-seed';
export * from './seed/parks-seed';
export * from './seed/zone-seed';
