import type { MigrationRecord } from './migration-repo';

/** The migrations' own record of which steps ran (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    migrations: MigrationRecord;
  }
}
