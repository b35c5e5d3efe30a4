import type { InboxMessage } from './inbox-message';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    notifications: InboxMessage;
  }
}
