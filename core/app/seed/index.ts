export * from './seed-database';
export * from '@core/identity';
export * from '@core/identity';
export * from './demo-data';
