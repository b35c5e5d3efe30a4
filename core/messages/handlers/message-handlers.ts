import type { MessageHandler } from '../message-actions';
import { MAX_MARK_READ } from '../message-actions';

import { AppError } from '@core/kernel/errors';
import { messageRepo } from '../message-repo';

export const list: MessageHandler<'messages.list'> = async ({ limit, cursor }, { caller, deps }) => {
  if (!caller.user) return { items: [], next: null };
  const page = await messageRepo(deps.store).newestFirst(caller.user.id, limit, cursor);
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
  count: caller.user ? await messageRepo(deps.store).unreadCount(caller.user.id) : 0,
});

/** Marks the caller's own messages read; someone else's id is simply not theirs to mark, and is skipped. */
export const markRead: MessageHandler<'messages.markRead'> = async (input, { caller, deps }) => {
  const userId = caller.user?.id;
  if (!userId) return { marked: 0, remaining: 0 };
  const { store, clock } = deps;
  const now = clock.now();
  const messages = messageRepo(store);
  const targets = input.ids
    ? await messages.byIds(input.ids, MAX_MARK_READ)
    : (await messages.unreadOf(userId, MAX_MARK_READ)).items;
  let marked = 0;
  for (const message of targets) {
    if (message.recipientUserId !== userId || message.readAt !== null) continue;
    try {
      await messages.markRead(message, now);
      marked += 1;
    } catch (e) {
      // Marked read by another device meanwhile: nothing left to do for this one.
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e;
    }
  }
  return { marked, remaining: await messages.unreadCount(userId) };
};
