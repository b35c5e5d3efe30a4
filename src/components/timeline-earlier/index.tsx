import { Button, Text, View } from '@tarojs/components';
import type { EarlierTimeline } from '../../hooks/use-earlier-timeline';
import './index.scss';

/** 加载更早的记录: shown while the timeline has events before the ones on screen. */
export function TimelineEarlier({ timeline }: { timeline: EarlierTimeline<unknown> }) {
  if (!timeline.hasEarlier) return null;
  return (
    <View className="timeline-earlier">
      <Button
        className="timeline-earlier__button"
        loading={timeline.isLoading}
        disabled={timeline.isLoading || undefined}
        onClick={() => void timeline.loadEarlier()}
      >
        {timeline.isLoading ? '加载中…' : '加载更早的记录'}
      </Button>
      {timeline.error && <Text className="timeline-earlier__error">{timeline.error}</Text>}
    </View>
  );
}
