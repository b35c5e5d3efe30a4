import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Section } from '../../components/section';
import { StateView } from '../../components/state-view';
import { VisitSummary } from '../../components/visit-summary';
import { TimelineSection } from '../../components/visit-timeline';
import { useEarlierTimeline } from '../../hooks/use-earlier-timeline';
import { useVisitDetails, visitStores } from '../../stores/visit-stores';
import { BookedNotice } from './components/booked-notice';
import { ChangeSection, HostSection } from './components/visit-sections';
import { VisitProject } from './components/visit-project';
import './index.scss';

/** The investor's view of one visit: status, host once confirmed, timeline, and change or cancel until the cut-off. */
export default function VisitDetailPage() {
  const { id = '', booked } = useRouter().params;
  const details = useVisitDetails();
  const entry = details.byId[id];
  const visit = entry?.data ?? null;
  const timeline = useEarlierTimeline(visit, (cursor) => visitStores.timelinePage(id, cursor));
  useEffect(() => {
    if (id) void visitStores.details.getState().load(id);
  }, [id]);

  return (
    <View className="page visit-detail">
      <StateView
        status={entry?.status ?? (id ? 'loading' : 'ready')}
        error={entry?.error ?? null}
        isEmpty={!visit}
        emptyText="预约不存在"
        onRetry={() => void details.load(id)}
      >
        {visit && (
          <>
            {booked && visit.status === 'pending' && <BookedNotice />}
            <Section title="预约信息">
              <VisitSummary visit={visit} />
            </Section>
            <HostSection visit={visit} />
            <ChangeSection visit={visit} />
            {visit.status === 'completed' && <VisitProject visitId={visit.id} />}
            <TimelineSection title="进度" timeline={timeline} />
          </>
        )}
      </StateView>
    </View>
  );
}
