import Taro from '@tarojs/taro';
import type { SubscribeTemplateView } from '@core/app/contract';
import { call } from './transport';

/**
 * WeChat one-time subscribe messages (C9). The template ids are the zone's (settings/subscribe on
 * the server); until it has set them up there is nothing to ask, and H5 has no such thing at all.
 */
export const loadSubscribeTemplates = async (): Promise<SubscribeTemplateView[]> => {
  if (process.env.TARO_ENV !== 'weapp') return [];
  const answer = await call('messages.subscribeTemplates', {});
  return answer.ok ? answer.data.templates : [];
};

export type SubscribeOutcome = 'accepted' | 'rejected' | 'failed';

const newRequestId = () => `sub-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Asks WeChat for permission to send the templates, then tells the server which were allowed (each
 * allows one send). Must be started by a tap (WeChat rule), with the templates loaded beforehand.
 * The message centre shows the same news whatever the answer.
 */
export const requestSubscriptions = async (templates: readonly SubscribeTemplateView[]): Promise<SubscribeOutcome> => {
  try {
    const result = (await Taro.requestSubscribeMessage({
      tmplIds: templates.map((t) => t.id),
      entityIds: [],
    })) as unknown as Record<string, unknown>;
    const accepted = templates.filter((t) => result[t.id] === 'accept').map((t) => t.key);
    if (accepted.length === 0) return 'rejected';
    const recorded = await call('messages.subscribed', { accepted }, { requestId: newRequestId() });
    return recorded.ok ? 'accepted' : 'failed';
  } catch {
    // 20004 (switched off in settings), an old base library, or a cancelled dialog: the app goes on.
    return 'failed';
  }
};
