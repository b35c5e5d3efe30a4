import { Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { TicketInboxTab } from '@core/app/contract';
import { ListFooter, StateView } from '@/components/state-view';
import { TicketCardItem } from '@/components/ticket-parts/ticket-card-item';
import { sessionStore, useSession } from '@/stores/session-store';
import { ticketStores, useInbox, useInboxMeta } from '@/stores/ticket-stores';
import { useEffect } from 'react';
import './index.scss';
import { TEXT_BUTTON } from '@/utils/a11y';

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
  const session = useSession();
  // Opened straight from a link or a reload, the roles (leader, admin tabs) are not known yet.
  useEffect(() => {
    if (!sessionStore.getState().data) void sessionStore.getState().load();
  }, []);
  const roles = session.data?.roles ?? [];
  const isLeader = roles.includes('leader');
  // The office (an admin who is not staff) holds no work of its own: it oversees the teams' open work.
  const isOfficeOnly = roles.includes('admin') && !roles.includes('staff') && !isLeader;
  useEffect(() => {
    if (isOfficeOnly && list.filter.tab !== 'team') void list.setFilter({ tab: 'team', teamId: null });
  }, [isOfficeOnly, list]);
  useDidShow(() => void ticketStores.inbox.getState().reload());
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  const tabs = isOfficeOnly
    ? TABS.filter(([tab]) => tab === 'team')
    : TABS.filter(([tab]) => tab !== 'led' || isLeader);
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
      <View className="staff-inbox__tabs">
        {tabs.map(([tab, label]) => (
          <Text
            {...TEXT_BUTTON}
            key={tab}
            data-tab={tab}
            className={`staff-inbox__tab ${list.filter.tab === tab ? 'staff-inbox__tab--on' : ''}`}
            onClick={() => void list.setFilter({ ...list.filter, tab })}
          >
            {label}（{meta?.counts[tab] ?? 0}）
          </Text>
        ))}
      </View>
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
      <StateView
        status={list.status}
        error={list.error}
        isEmpty={list.items.length === 0}
        emptyText={list.filter.tab === 'resolved' ? '还没有办结的工单' : '暂无待办工单'}
        onRetry={() => void list.reload()}
      >
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
        <ListFooter
          hasMore={list.next !== null}
          isLoadingMore={list.isLoadingMore}
          error={list.error}
          onMore={() => void list.loadMore()}
        />
      </StateView>
    </View>
  );
}
