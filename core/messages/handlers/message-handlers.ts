import type { MessageHandler } from '../message-actions';
import { MAX_MARK_READ } from '../message-actions';

import { AppError } from '@core/kernel/errors';
import type { DocStore } from '@core/kernel/store/doc-store';

const unreadOf = (store: DocStore, recipientUserId: string, limit: number) =>
  store.find('notifications', { where: { recipientUserId, readAt: null }, limit });

export const list: MessageHandler<'messages.list'> = async ({ limit, cursor }, { caller, deps }) => {
  if (!caller.user) return { items: [], next: null };
  const page = await deps.store.find('notifications', {
    where: { recipientUserId: caller.user.id },
    orderBy: { field: 'createdAt', dir: 'desc' },
    limit,
    after: cursor,
  });
  return {
    items: page.items.map(({ id, title, body, page: link, createdAt, readAt }) => ({
      id,
      title,
      body,
      page: link,
      createdAt,
      isRead: readAt !== null,
    })),
    next: page.next,
  };
};

export const unreadCount: MessageHandler<'messages.unreadCount'> = async (_input, { caller, deps }) => ({
  count: caller.user ? await deps.store.count('notifications', { recipientUserId: caller.user.id, readAt: null }) : 0,
});

/** Marks the caller's own messages read; someone else's id is simply not theirs to mark, and is skipped. */
export const markRead: MessageHandler<'messages.markRead'> = async (input, { caller, deps }) => {
  const userId = caller.user?.id;
  if (!userId) return { marked: 0, remaining: 0 };
  const { store, clock } = deps;
  const now = clock.now();
  const targets = input.ids
    ? (await store.find('notifications', { where: { id: { in: input.ids } }, limit: MAX_MARK_READ })).items
    : (await unreadOf(store, userId, MAX_MARK_READ)).items;
  let marked = 0;
  for (const message of targets) {
    if (message.recipientUserId !== userId || message.readAt !== null) continue;
    try {
      await store.update('notifications', message.id, message.version, { readAt: now });
      marked += 1;
    } catch (e) {
      // Marked read by another device meanwhile: nothing left to do for this one.
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e;
    }
  }
  return { marked, remaining: await store.count('notifications', { recipientUserId: userId, readAt: null }) };
};
