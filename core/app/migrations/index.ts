export * from '@core/kernel/store/schema-version';
export * from './migration-step';
export * from './run-migrations';
export { MIGRATION_STEPS } from './steps';
