import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { SubscribeTemplateView } from '@core/app/contract';
import { loadSubscribeTemplates, requestSubscriptions } from '@/services/subscribe';

/** 预约已提交, with 接收微信通知 when the zone has templates. */
export function BookedNotice() {
  const [subscribed, setSubscribed] = useState<string | null>(null);
  // Loaded before any tap: the prompt must open straight from the tap, with no request in between.
  const [templates, setTemplates] = useState<SubscribeTemplateView[]>([]);
  useEffect(() => {
    void loadSubscribeTemplates().then(setTemplates);
  }, []);
  // WeChat allows the subscribe prompt only inside a tap.
  const subscribe = () =>
    requestSubscriptions(templates).then((outcome) =>
      setSubscribed(outcome === 'accepted' ? '已开启微信通知' : '未开启微信通知，结果仍会显示在“消息”中'),
    );
  return (
    <View className="visit-detail__notice">
      <Text className="visit-detail__notice-title">预约已提交</Text>
      <Text className="visit-detail__notice-text">园区确认后会通知您，可在“我的 → 消息”查看。</Text>
      {templates.length > 0 && !subscribed && (
        <Button className="secondary-button" onClick={() => void subscribe()}>
          接收微信通知
        </Button>
      )}
      {subscribed && <Text className="visit-detail__notice-text">{subscribed}</Text>}
    </View>
  );
}
