import Taro from '@tarojs/taro';

/**
 * One-time subscribe-message templates for visit news (C9). The ids come from the mini-program
 * console (订阅消息 → 我的模板) of the zone's account; until they are filled in, nothing is asked.
 */
export const VISIT_TEMPLATE_IDS: readonly string[] = [
  // 预约结果通知 (confirmed / declined), 预约变更通知 (reschedule), 考察提醒 (reminder).
];

/** Only WeChat has subscribe messages, and only once the zone's template ids are configured. */
export const canAskSubscriptions = process.env.TARO_ENV === 'weapp' && VISIT_TEMPLATE_IDS.length > 0;

export type SubscribeOutcome = 'accepted' | 'rejected' | 'skipped' | 'failed';

/**
 * Asks WeChat for permission to send the templates. Must run inside a tap handler (WeChat rule);
 * H5 has no such thing and skips. The message centre shows the same news whatever the answer.
 */
export const requestVisitSubscriptions = async (): Promise<SubscribeOutcome> => {
  if (!canAskSubscriptions) return 'skipped';
  try {
    const result = (await Taro.requestSubscribeMessage({
      tmplIds: [...VISIT_TEMPLATE_IDS],
      entityIds: [],
    })) as unknown as Record<string, unknown>;
    return VISIT_TEMPLATE_IDS.some((id) => result[id] === 'accept') ? 'accepted' : 'rejected';
  } catch {
    // 20004 (switched off in settings), an old base library, or a cancelled dialog: the app goes on.
    return 'failed';
  }
};
