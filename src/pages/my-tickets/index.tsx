import { Button, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { ListFooter, StateView } from '../../components/state-view';
import { TicketCardItem } from '../../components/ticket-parts/ticket-card-item';
import { ticketStores, useMyTickets } from '../../stores/ticket-stores';

/** 我的服务: the enterprise's requests, newest first. */
export default function MyTicketsPage() {
  const list = useMyTickets();
  // Statuses move while the user is away (accepted, materials asked): refresh on every show.
  useDidShow(() => void ticketStores.mine.getState().reload());
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  return (
    <View className="page my-tickets">
      <View style={{ height: '24px' }} />
      <StateView
        status={list.status}
        error={list.error}
        isEmpty={list.items.length === 0}
        emptyText="还没有服务申请"
        emptyAction={
          <Button className="form__submit" onClick={() => void Taro.switchTab({ url: '/pages/services/index' })}>
            去服务页发起申请
          </Button>
        }
        onRetry={() => void list.reload()}
      >
        {list.items.map((t) => (
          <TicketCardItem
            key={t.id}
            ticket={t}
            onOpen={() => void Taro.navigateTo({ url: `/pages/ticket-detail/index?id=${encodeURIComponent(t.id)}` })}
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
