import type { SubscribeTemplateKey } from '@core/settings';
// The templates themselves are settings (core/settings/subscribe-templates): the office picks their ids.

/** subscriptions/<userId>: sends still allowed per template (one per accepted prompt). */
export interface Subscription {
  id: string;
  version: number;
  remaining: Partial<Record<SubscribeTemplateKey, number>>;
}

export const OUTBOX_STATUSES = ['pending', 'sent', 'no_quota', 'invalid', 'gave_up'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One subscribe message on its way: written with the change it tells of, delivered by the scheduler. */
export interface OutboxItem {
  id: string;
  version: number;
  recipientUserId: string;
  template: SubscribeTemplateKey;
  /** Already fitted to WeChat's field rules (core/notify/fit-template-data). */
  data: Record<string, string>;
  page: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
}
