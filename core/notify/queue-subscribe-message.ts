import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '@core/settings';
import type { IdSource } from '@core/kernel/deps';
import { settingsReader } from '@core/settings';
import type { TxStore } from '@core/kernel/store/doc-store';
import { fitTemplateData } from './fit-template-data';
import { subscriptionWrites } from './notify-repo';

export interface SubscribeDraft {
  template: SubscribeTemplateKey;
  values: Record<string, string>;
}

/**
 * Queues the WeChat copy of a message, inside the caller's transaction, when the zone has set the
 * template up and the person has an unused acceptance for it (one-time templates: one send per
 * "允许" tap). Uses the acceptance up here, so two changes never race for the same one. Returns
 * whether it queued; the in-app message is sent either way.
 */
export const queueSubscribeMessage = async (
  tx: TxStore,
  ids: IdSource,
  now: number,
  recipientUserId: string,
  page: string | null,
  draft: SubscribeDraft,
): Promise<boolean> => {
  const settings = (await settingsReader(tx).subscribe()).value;
  if (!settings?.templateIds[draft.template]) return false;
  const subscriptions = subscriptionWrites(tx);
  const subscription = await subscriptions.of(recipientUserId);
  const left = subscription?.remaining[draft.template] ?? 0;
  if (!subscription || left <= 0) return false;
  await subscriptions.spendOnCopy(subscription, draft.template, left, {
    id: ids.newId(),
    recipientUserId,
    template: draft.template,
    data: fitTemplateData(SUBSCRIBE_TEMPLATES[draft.template].fields, draft.values),
    page,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    createdAt: now,
    sentAt: null,
  });
  return true;
};
