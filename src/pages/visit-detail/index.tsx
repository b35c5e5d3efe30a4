import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Section } from '../../components/section';
import { useVisitEntry, VisitEntryView } from '../../components/visit-entry';
import { VisitSummary } from '../../components/visit-summary';
import { TimelineSection } from '../../components/visit-timeline';
import { BookedNotice } from './components/booked-notice';
import { ChangeSection, HostSection } from './components/visit-sections';
import { VisitProject } from './components/visit-project';
import './index.scss';

/** The investor's view of one visit: status, host once confirmed, timeline, and change or cancel until the cut-off. */
export default function VisitDetailPage() {
  const { id = '', booked } = useRouter().params;
  const page = useVisitEntry(id);
  return (
    <View className="page visit-detail">
      <VisitEntryView page={page} emptyText="预约不存在">
        {(visit) => (
          <>
            {booked && visit.status === 'pending' && <BookedNotice />}
            <Section title="预约信息">
              <VisitSummary visit={visit} />
            </Section>
            <HostSection visit={visit} />
            <ChangeSection visit={visit} />
            {visit.status === 'completed' && <VisitProject visitId={visit.id} />}
            <TimelineSection title="进度" timeline={page.timeline} />
          </>
        )}
      </VisitEntryView>
    </View>
  );
}
