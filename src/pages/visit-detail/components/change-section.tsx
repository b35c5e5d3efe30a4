import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VisitView } from '@core/app/contract';
import { Section } from '@/components/section';
import { formatMoment } from '@/utils/visit-format';
import { ChangePanel } from './change-panel';
import { OPEN } from './host-section';

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
