export * from './seed-database';
export * from '@core/identity/seed/users-seed';
export * from '@core/identity/seed/staff-seed';
export * from './demo-data';
