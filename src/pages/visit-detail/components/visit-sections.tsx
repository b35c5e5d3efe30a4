import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { VisitView } from '@core/app/contract';
import { Section } from '@/components/section';
import { formatMoment } from '@/utils/visit-format';
import { ChangePanel } from './change-panel';

const OPEN = ['pending', 'confirmed', 'rescheduled'];

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

/** 改期或取消 until the cut-off; after it, what to do instead. */
export function ChangeSection({ visit }: { visit: VisitView }) {
  const [mode, setMode] = useState<'reschedule' | 'cancel' | null>(null);
  if (!visit.canChange) {
    return OPEN.includes(visit.status) ? (
      <Section title="改期或取消">
        <Text className="muted">
          已过改期和取消截止时间（{formatMoment(visit.changeDeadline)}），如需调整请联系接待人员。
        </Text>
      </Section>
    ) : null;
  }
  return (
    <Section title="改期或取消">
      <Text className="muted visit-detail__deadline">可在 {formatMoment(visit.changeDeadline)} 前改期或取消。</Text>
      <View className="visit-detail__actions">
        <Button className="secondary-button" onClick={() => setMode(mode === 'reschedule' ? null : 'reschedule')}>
          改期
        </Button>
        <Button className="danger-button" onClick={() => setMode(mode === 'cancel' ? null : 'cancel')}>
          取消预约
        </Button>
      </View>
      {mode && <ChangePanel key={mode} visit={visit} mode={mode} onDone={() => setMode(null)} />}
    </Section>
  );
}
