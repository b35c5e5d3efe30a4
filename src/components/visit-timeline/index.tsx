import { Text, View } from '@tarojs/components';
import type { TimelineLine } from '@core/app/contract';
import type { EarlierTimeline } from '../../hooks/use-earlier-timeline';
import { formatMoment } from '../../utils/visit-format';
import { Section } from '../section';
import { TimelineEarlier } from '../timeline-earlier';
import './index.scss';

/** A visit's (or a project's) timeline, oldest first; staff-only lines are marked 内部. */
export function VisitTimeline({ lines }: { lines: Line[] }) {
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

type Line = Pick<TimelineLine, 'id' | 'at' | 'actorName' | 'text' | 'isInternal'>;

/** The 进度 card of a visit or a project: 加载更早的记录 above the lines on screen. */
export function TimelineSection({ title, timeline }: { title: string; timeline: EarlierTimeline<Line> }) {
  return (
    <Section title={title}>
      <TimelineEarlier timeline={timeline} />
      <VisitTimeline lines={timeline.lines} />
    </Section>
  );
}
