export * from './seed-database';
export * from './users-seed';
export * from './staff-seed';
export * from './demo-data';
