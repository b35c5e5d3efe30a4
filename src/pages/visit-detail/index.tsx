import { Button, Text, View } from '@tarojs/components';
import { useEarlierTimeline } from '../../hooks/use-earlier-timeline';
import { TimelineEarlier } from '../../components/timeline-earlier';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Section } from '../../components/section';
import { StateView } from '../../components/state-view';
import { VisitTimeline } from '../../components/visit-timeline';
import { loadSubscribeTemplates, requestSubscriptions } from '../../services/subscribe';
import type { SubscribeTemplateView } from '@core/app/contract';
import { useVisitDetails, visitStores } from '../../stores/visit-stores';
import { formatMoment } from '../../utils/visit-format';
import { ChangePanel } from './components/change-panel';
import { VisitSummary } from '../../components/visit-summary';
import './index.scss';

const OPEN = ['pending', 'confirmed', 'rescheduled'];

/** The investor's view of one visit: status, host once confirmed, timeline, and change or cancel until the cut-off. */
export default function VisitDetailPage() {
  const { id = '', booked } = useRouter().params;
  const details = useVisitDetails();
  const entry = details.byId[id];
  const visit = entry?.data ?? null;
  const timeline = useEarlierTimeline(visit, (cursor) => visitStores.timelinePage(id, cursor));
  const [mode, setMode] = useState<'reschedule' | 'cancel' | null>(null);
  const [subscribed, setSubscribed] = useState<string | null>(null);
  // Loaded before any tap: the prompt must open straight from the tap, with no request in between.
  const [templates, setTemplates] = useState<SubscribeTemplateView[]>([]);
  useEffect(() => {
    void loadSubscribeTemplates().then(setTemplates);
  }, []);

  useEffect(() => {
    if (id) void visitStores.details.getState().load(id);
  }, [id]);

  // WeChat allows the subscribe prompt only inside a tap.
  const subscribe = async () => {
    const outcome = await requestSubscriptions(templates);
    setSubscribed(outcome === 'accepted' ? '已开启微信通知' : '未开启微信通知，结果仍会显示在“消息”中');
  };

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
            {booked && visit.status === 'pending' && (
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
            )}
            <Section title="预约信息">
              <VisitSummary visit={visit} />
            </Section>

            <Section title="接待人员">
              {visit.host ? (
                <View className="visit-detail__host">
                  <Text className="visit-detail__host-name">{visit.host.name}</Text>
                  <Text className="muted">{visit.host.title}</Text>
                  <Text className="muted">
                    如需联系，请在“消息”中查看接待安排；为保护个人信息，专员电话不在此公开。
                  </Text>
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
                  onClick={() =>
                    void Taro.navigateTo({ url: `/pages/visit-book/index?parkIds=${visit.parkIds.join(',')}` })
                  }
                >
                  重新预约
                </Button>
              )}
            </Section>

            {visit.canChange ? (
              <Section title="改期或取消">
                <Text className="muted visit-detail__deadline">
                  可在 {formatMoment(visit.changeDeadline)} 前改期或取消。
                </Text>
                <View className="visit-detail__actions">
                  <Button
                    className="secondary-button"
                    onClick={() => setMode(mode === 'reschedule' ? null : 'reschedule')}
                  >
                    改期
                  </Button>
                  <Button className="danger-button" onClick={() => setMode(mode === 'cancel' ? null : 'cancel')}>
                    取消预约
                  </Button>
                </View>
                {mode && <ChangePanel key={mode} visit={visit} mode={mode} onDone={() => setMode(null)} />}
              </Section>
            ) : (
              OPEN.includes(visit.status) && (
                <Section title="改期或取消">
                  <Text className="muted">
                    已过改期和取消截止时间（{formatMoment(visit.changeDeadline)}），如需调整请联系接待人员。
                  </Text>
                </Section>
              )
            )}

            <Section title="进度">
              <TimelineEarlier timeline={timeline} />
              <VisitTimeline lines={timeline.lines} />
            </Section>
          </>
        )}
      </StateView>
    </View>
  );
}
