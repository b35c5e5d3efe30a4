import { Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import type { TicketInboxTab } from '@core/app/contract';
import { PagedListView } from '@/components/state-view';
import { TicketCardItem } from '@/components/ticket-parts/ticket-card-item';
import { staffTicketStores, useInbox, useInboxMeta } from '@/stores/staff-ticket-stores';
import './index.scss';
import { TEXT_BUTTON } from '@/utils/a11y';
import { usePagedListEvents } from '@/utils/page-events';
import { TabStrip } from '@/subpackages/staff/components/tab-strip';
import { useSessionRoles } from '@/subpackages/staff/use-session-roles';

const TABS: [TicketInboxTab, string][] = [
  ['mine', '我的待办'],
  ['team', '团队'],
  ['resolved', '已办结'],
  ['led', '负责项目'],
];

/** The staff inbox (C7): 我的待办 / 团队 / 已办结, and 负责项目 for leaders, with counts. Internal staff only. */
export default function StaffTicketInboxPage() {
  const list = useInbox();
  const { meta } = useInboxMeta();
  const roles = useSessionRoles();
  const isLeader = roles.includes('leader');
  // The office (an admin who is not staff) holds no work of its own: it oversees the teams' open work.
  const isOfficeOnly = roles.includes('admin') && !roles.includes('staff') && !isLeader;
  useEffect(() => {
    if (isOfficeOnly && list.filter.tab !== 'team') void list.setFilter({ tab: 'team', teamId: null });
  }, [isOfficeOnly, list]);
  useDidShow(() => void staffTicketStores.inbox.getState().reload());
  usePagedListEvents(list);

  const tabs = (
    isOfficeOnly ? TABS.filter(([tab]) => tab === 'team') : TABS.filter(([tab]) => tab !== 'led' || isLeader)
  ).map(([tab, label]) => [tab, `${label}（${meta?.counts[tab] ?? 0}）`] as const);
  const teams = meta?.teams ?? [];
  return (
    <View className="page staff-inbox">
      <Text className="muted staff-inbox__note">
        {isOfficeOnly ? '办公室总览：各团队未办结的工单（只读）' : '内部工作区：仅限开发区服务人员使用'}
      </Text>
      {(isLeader || roles.includes('admin')) && (
        <Text
          {...TEXT_BUTTON}
          className="staff-inbox__oversight"
          onClick={() => void Taro.navigateTo({ url: '/subpackages/staff/pages/oversight/index' })}
        >
          督办与整改 ›
        </Text>
      )}
      <TabStrip
        className="staff-inbox__tabs"
        tabs={tabs}
        current={list.filter.tab}
        onPick={(tab) => void list.setFilter({ ...list.filter, tab })}
      />
      {list.filter.tab === 'team' && (isOfficeOnly ? teams.length > 0 : teams.length > 1) && (
        <Picker
          mode="selector"
          range={[...(isOfficeOnly ? ['全部团队'] : []), ...teams.map((t) => t.name)]}
          value={Math.max(0, teams.findIndex((t) => t.id === meta?.teamId) + (isOfficeOnly ? 1 : 0))}
          onChange={(e) => {
            const index = Number(e.detail.value) - (isOfficeOnly ? 1 : 0);
            void list.setFilter({ tab: 'team', teamId: teams[index]?.id ?? null });
          }}
        >
          <View className="staff-inbox__team" data-field="team">
            {teams.find((t) => t.id === meta?.teamId)?.name ?? (isOfficeOnly ? '全部团队' : '选择团队')} ›
          </View>
        </Picker>
      )}
      <PagedListView list={list} emptyText={list.filter.tab === 'resolved' ? '还没有办结的工单' : '暂无待办工单'}>
        {list.items.map((t) => (
          <TicketCardItem
            key={t.id}
            ticket={t}
            onOpen={() =>
              void Taro.navigateTo({
                url: `/subpackages/staff/pages/tickets/detail/index?id=${encodeURIComponent(t.id)}`,
              })
            }
          />
        ))}
      </PagedListView>
    </View>
  );
}
