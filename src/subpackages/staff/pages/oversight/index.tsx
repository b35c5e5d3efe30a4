import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { SupervisionItemView } from '@core/app/contract';
import { SLA_CLOCK_LABELS } from '@core/tickets/supervision';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { PagedListView } from '@/components/state-view';
import { oversightStores, useFollowUpList, useSupervisionList } from '@/stores/oversight-stores';
import { usePagedListEvents } from '@/utils/page-events';
import { TabStrip } from '../../components/tab-strip';
import { useSessionRoles } from '../../use-session-roles';
import { FollowUpCard } from './components/follow-up-card';
import '@/pages/ticket-new/index.scss';
import './index.scss';

type Tab = 'supervision' | 'office' | 'open' | 'closed';

const openTicket = (ticketId: string) =>
  void Taro.navigateTo({ url: `/subpackages/staff/pages/tickets/detail/index?id=${encodeURIComponent(ticketId)}` });

function SupervisionCard({ item }: { item: SupervisionItemView }) {
  return (
    <View
      role="button"
      className="oversight-card"
      data-ticket-id={item.ticketId}
      onClick={() => openTicket(item.ticketId)}
    >
      <View className="oversight-card__head">
        <Text className="oversight-card__name">{item.categoryName}</Text>
        <Text className="oversight-card__tag oversight-card__tag--red">
          {item.level === 'office' ? '办公室督办' : '督办'}
        </Text>
      </View>
      <Text className="oversight-card__line">{item.enterpriseName}</Text>
      <Text className="oversight-card__line muted">
        经办：{item.assigneeName ?? '未指派'} · {SLA_CLOCK_LABELS[item.clock]}时限 {formatDateTimeZh(item.dueAt)} ·
        督办于 {formatDateTimeZh(item.createdAt)}
      </Text>
    </View>
  );
}

const EMPTY_TEXT: Record<Tab, string> = {
  supervision: '暂无督办事项',
  office: '暂无督办事项',
  open: '暂无待整改事项',
  closed: '还没有已整改事项',
};

/** 督办与整改 (leaders and the office): overdue tickets raised to them, and 整改 of bad ratings to follow up. */
export default function OversightPage() {
  const roles = useSessionRoles();
  const isOffice = roles.includes('admin');
  // An admin who leads nothing has no leader-level items: the office level is theirs.
  const isOfficeOnly = isOffice && !roles.includes('leader');
  const [tab, setTab] = useState<Tab>('supervision');
  const supervision = useSupervisionList();
  const followUps = useFollowUpList();
  const isSupervision = tab === 'supervision' || tab === 'office';
  const list = isSupervision ? supervision : followUps;

  const show = (next: Tab) => {
    setTab(next);
    if (next === 'supervision' || next === 'office')
      void oversightStores.supervision.getState().setFilter(next === 'office' ? 'office' : 'leader');
    else void oversightStores.followUps.getState().setFilter(next);
  };
  // Each visit opens the page afresh (navigateTo), so loading on mount is loading on show.
  useEffect(() => {
    setTab(isOfficeOnly ? 'office' : 'supervision');
    void oversightStores.supervision.getState().setFilter(isOfficeOnly ? 'office' : 'leader');
  }, [isOfficeOnly]);
  usePagedListEvents(list);

  const tabs: [Tab, string][] = [
    ...(isOfficeOnly ? [] : [['supervision', '督办'] as [Tab, string]]),
    ...(isOffice ? [['office', '办公室督办'] as [Tab, string]] : []),
    ['open', '待整改'],
    ['closed', '已整改'],
  ];
  return (
    <View className="page oversight">
      <Text className="muted oversight__note">内部工作区：仅限负责领导和招商服务办公室</Text>
      <TabStrip className="oversight__tabs" tabs={tabs} current={tab} onPick={show} />
      <PagedListView list={list} emptyText={EMPTY_TEXT[tab]}>
        {isSupervision
          ? supervision.items.map((item) => <SupervisionCard key={item.id} item={item} />)
          : followUps.items.map((item) => (
              <FollowUpCard key={item.id} item={item} onChanged={() => void followUps.reload()} />
            ))}
      </PagedListView>
    </View>
  );
}
