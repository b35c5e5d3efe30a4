import type { OutboxItem, Subscription } from './subscribe';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    subscriptions: Subscription;
    outbox: OutboxItem;
  }
}
