import { Text, View } from '@tarojs/components';
import type { TimelineLine } from '@core/app/contract';
import { formatMoment } from '../../utils/visit-format';
import './index.scss';

/** A visit's (or a project's) timeline, oldest first; staff-only lines are marked 内部. */
export function VisitTimeline({
  lines,
}: {
  lines: Pick<TimelineLine, 'id' | 'at' | 'actorName' | 'text' | 'isInternal'>[];
}) {
  if (lines.length === 0) return <Text className="muted">暂无记录</Text>;
  return (
    <View className="timeline">
      {lines.map((line) => (
        <View key={line.id} className="timeline__item">
          <View className="timeline__dot" />
          <View className="timeline__body">
            <Text className="timeline__text">
              {line.isInternal && <Text className="timeline__internal">内部 </Text>}
              {line.text}
            </Text>
            <Text className="timeline__meta">
              {line.actorName} · {formatMoment(line.at)}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
