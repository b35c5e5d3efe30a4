import type { OutboxItem, OutboxStatus } from './subscribe';

import type { HandlerDeps } from '@core/kernel/deps';
import { AppError } from '@core/kernel/errors';
import type { DocPatch } from '@core/kernel/store/doc-store';
import { settingsReader } from '@core/settings';
import { staffRepo } from '@core/identity';
import { outboxRepo } from './notify-repo';

export type SendResult = { ok: true } | { ok: false; errCode: number; errMsg: string };

/** The platform's send: cloud.openapi.subscribeMessage.send in the cloud, a log line on the local stack. */
export interface SubscribeSender {
  send(message: {
    openid: string;
    templateId: string;
    page: string | null;
    data: Record<string, string>;
  }): Promise<SendResult>;
}

/** Minutes to wait after the n-th failed attempt; after the last, the item gives up. */
export const RETRY_MINUTES = [1, 5, 30, 120, 720] as const;
const BATCH = 100;
/** At most this many batches a tick; what is left waits for the next tick (and never loops forever). */
const MAX_BATCHES = 20;

/** Errors that no retry can mend. 43101: the person has no acceptance left (not a fault, and not ours to retry). */
const FINAL_ERRORS: Record<number, OutboxStatus> = {
  43101: 'no_quota',
  47003: 'invalid', // a field broke WeChat's rules: fix at the source (fit-template-data)
  41030: 'invalid', // page path not in the released mini-program
  40003: 'invalid', // openid not of this mini-program
  40037: 'invalid', // template id wrong
};

/**
 * The scheduler's outbox job: sends what is due, with retries and backoff. Each item is claimed by
 * a compare-and-set that moves its next attempt on before sending, so two overlapping ticks never
 * send the same item twice. Returns how many were sent.
 */
export const deliverOutbox =
  (sender: SubscribeSender) =>
  async (deps: HandlerDeps): Promise<number> => {
    const { store, clock, log } = deps;
    const now = clock.now();
    const settings = (await settingsReader(store).subscribe()).value;
    const outbox = outboxRepo(store);
    let sent = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      // Always the first page: items handled in this pass leave the filter (sent, or due later).
      const items = await outbox.due(now, BATCH);
      if (items.length === 0) return sent;
      for (const item of items) {
        const attempts = item.attempts + 1;
        const retryIn = RETRY_MINUTES[attempts - 1];
        let claimed: OutboxItem;
        try {
          claimed = await outbox.change(item, item.version, {
            attempts,
            nextAttemptAt: now + (retryIn ?? 0) * 60_000,
          });
        } catch (e) {
          if (e instanceof AppError && e.code === 'CONFLICT') continue; // another tick has it
          throw e;
        }
        const finish = (patch: DocPatch<OutboxItem>) => outbox.change(item, claimed.version, patch);
        const templateId = settings?.templateIds[item.template];
        const user = await staffRepo(store).userById(item.recipientUserId);
        if (!templateId || !user?.openid) {
          await finish({
            status: 'invalid',
            lastError: templateId ? 'recipient has no openid' : 'template not configured',
          });
          continue;
        }
        const result = await sender
          .send({ openid: user.openid, templateId, page: item.page, data: item.data })
          .catch((e: unknown): SendResult => ({
            ok: false,
            errCode: -1,
            errMsg: e instanceof Error ? e.message : String(e),
          }));
        if (result.ok) {
          await finish({ status: 'sent', sentAt: now, lastError: null });
          sent += 1;
          continue;
        }
        const lastError = `${result.errCode} ${result.errMsg}`;
        const final = FINAL_ERRORS[result.errCode];
        if (final === 'invalid')
          log.error('subscribe message refused', { id: item.id, template: item.template, lastError });
        await finish({ status: final ?? (retryIn === undefined ? 'gave_up' : 'pending'), lastError });
      }
    }
    return sent;
  };
