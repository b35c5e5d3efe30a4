import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VisitView } from '@core/app/contract';
import { Section } from '@/components/section';

export const OPEN = ['pending', 'confirmed', 'rescheduled'];

/** 接待人员: the host once confirmed (no phone), the closing reason, 重新预约 after a decline. */
export function HostSection({ visit }: { visit: VisitView }) {
  return (
    <Section title="接待人员">
      {visit.host ? (
        <View className="visit-detail__host">
          <Text className="visit-detail__host-name">{visit.host.name}</Text>
          <Text className="muted">{visit.host.title}</Text>
          <Text className="muted">如需联系，请在“消息”中查看接待安排；为保护个人信息，专员电话不在此公开。</Text>
        </View>
      ) : (
        <Text className="muted">
          {OPEN.includes(visit.status) ? '园区确认后将显示接待人员。' : '本次预约无接待安排。'}
        </Text>
      )}
      {visit.closingReason && <Text className="visit-detail__reason">原因：{visit.closingReason}</Text>}
      {visit.status === 'declined' && (
        <Button
          className="primary-button visit-detail__rebook"
          onClick={() => void Taro.navigateTo({ url: `/pages/visit-book/index?parkIds=${visit.parkIds.join(',')}` })}
        >
          重新预约
        </Button>
      )}
    </Section>
  );
}
