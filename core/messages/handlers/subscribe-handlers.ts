import { subscriptionWrites } from '@core/notify';
import { forbidden } from '@core/kernel/errors';
import { settingsReader, SUBSCRIBE_TEMPLATES, SUBSCRIBE_TEMPLATE_KEYS } from '@core/settings';
import type { MessageHandler } from '../message-actions';

/** Accepting the same template again and again stacks up to this many sends, as WeChat itself allows. */
export const MAX_PENDING_SENDS = 50;

export const subscribeTemplates: MessageHandler<'messages.subscribeTemplates'> = async (_input, { deps }) => {
  const settings = (await settingsReader(deps.store).subscribe()).value;
  return {
    templates: SUBSCRIBE_TEMPLATE_KEYS.flatMap((key) => {
      const id = settings?.templateIds[key];
      return id ? [{ key, id, title: SUBSCRIBE_TEMPLATES[key].title }] : [];
    }),
  };
};

export const subscribed: MessageHandler<'messages.subscribed'> = async ({ accepted }, { caller, deps }) => {
  const user = caller.user;
  if (!user) throw forbidden('请先完成预约或申请，再订阅通知');
  return deps.store.transaction(async (tx) => {
    const subscriptions = subscriptionWrites(tx);
    const current = await subscriptions.of(user.id);
    const remaining = { ...current?.remaining };
    for (const key of new Set(accepted)) remaining[key] = Math.min(MAX_PENDING_SENDS, (remaining[key] ?? 0) + 1);
    await subscriptions.keep(user.id, current, remaining);
    return { remaining };
  });
};
