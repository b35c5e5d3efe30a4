import type { DocStore, Page, TxStore } from '@core/kernel/store/doc-store';
import type { InboxMessage } from './inbox-message';

/** A person's in-app messages: the only place that names `notifications`. */
export const messageRepo = (store: DocStore) => ({
  unreadOf: (recipientUserId: string, limit: number): Promise<Page<InboxMessage>> =>
    store.find('notifications', { where: { recipientUserId, readAt: null }, limit }),

  newestFirst: (
    recipientUserId: string,
    limit: number,
    after: string | null | undefined,
  ): Promise<Page<InboxMessage>> =>
    store.find('notifications', {
      where: { recipientUserId },
      orderBy: { field: 'createdAt', dir: 'desc' },
      limit,
      after,
    }),

  unreadCount: (recipientUserId: string): Promise<number> =>
    store.count('notifications', { recipientUserId, readAt: null }),

  byIds: async (ids: readonly string[], limit: number): Promise<InboxMessage[]> =>
    (await store.find('notifications', { where: { id: { in: [...ids] } }, limit })).items,

  markRead: (message: InboxMessage, now: number): Promise<InboxMessage> =>
    store.update('notifications', message.id, message.version, { readAt: now }),
});

/** A new unread message, inside the caller's transaction. */
export const insertInboxMessage = (tx: TxStore, message: Omit<InboxMessage, 'version'>): Promise<InboxMessage> =>
  tx.insert('notifications', { ...message, version: 1 });
