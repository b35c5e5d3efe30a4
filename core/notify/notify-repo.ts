import type { DocPatch, DocStore, TxStore } from '@core/kernel/store/doc-store';
import type { OutboxItem, Subscription } from './subscribe';
import type { SubscribeTemplateKey } from '@core/settings';

/** A person's unused "允许" taps per template, inside the caller's transaction. */
export const subscriptionWrites = (tx: TxStore) => ({
  of: (userId: string): Promise<Subscription | null> => tx.get('subscriptions', userId),

  /** Keeps the new counts: creates the document on a person's first acceptance. */
  keep: async (userId: string, current: Subscription | null, remaining: Subscription['remaining']): Promise<void> => {
    if (current) await tx.update('subscriptions', userId, current.version, { remaining });
    else await tx.insert('subscriptions', { id: userId, version: 1, remaining });
  },

  /** Uses one acceptance of the template and queues its copy in the outbox. */
  spendOnCopy: async (
    subscription: Subscription,
    template: SubscribeTemplateKey,
    left: number,
    item: Omit<OutboxItem, 'version'>,
  ): Promise<void> => {
    await tx.update('subscriptions', subscription.id, subscription.version, {
      remaining: { ...subscription.remaining, [template]: left - 1 },
    });
    await tx.insert('outbox', { ...item, version: 1 });
  },
});

/** The remaining sends of a person, read outside a transaction (the answer after a commit). */
export const remainingSendsOf = async (store: DocStore, userId: string): Promise<Subscription['remaining']> =>
  (await store.get('subscriptions', userId))?.remaining ?? {};

export const outboxRepo = (store: DocStore) => ({
  /** Always the first page: items handled leave the filter (sent, or due later). */
  due: async (now: number, limit: number): Promise<OutboxItem[]> =>
    (
      await store.find('outbox', {
        where: { status: 'pending', nextAttemptAt: { lte: now } },
        orderBy: { field: 'nextAttemptAt', dir: 'asc' },
        limit,
      })
    ).items,

  /** A compare-and-set on the version the caller read: CONFLICT when another tick changed it first. */
  change: (item: Pick<OutboxItem, 'id'>, version: number, patch: DocPatch<OutboxItem>): Promise<OutboxItem> =>
    store.update('outbox', item.id, version, patch),
});
