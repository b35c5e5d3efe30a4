import { queueSubscribeMessage, type SubscribeDraft } from '@core/notify';
import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';
import { insertInboxMessage } from './message-repo';

export interface InboxDraft {
  recipientUserId: string;
  title: string;
  body: string;
  page: string | null;
  /** The WeChat subscribe-message copy, sent only if the person accepted that template (C9). */
  subscribe?: SubscribeDraft;
}

/**
 * Writes messages inside the caller's transaction, so a message exists exactly when the change it
 * tells of does. One message per recipient: a person in two roles of the same change hears once.
 */
export const sendInboxMessages = async (
  tx: TxStore,
  ids: IdSource,
  now: number,
  drafts: readonly InboxDraft[],
): Promise<void> => {
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (seen.has(draft.recipientUserId)) continue;
    seen.add(draft.recipientUserId);
    const { subscribe, ...message } = draft;
    await insertInboxMessage(tx, {
      id: ids.newId(),
      ...message,
      createdAt: now,
      readAt: null,
    });
    if (subscribe) await queueSubscribeMessage(tx, ids, now, draft.recipientUserId, draft.page, subscribe);
  }
};
