export * from './seed-database';
export * from './users-seed';
