import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PagedListView } from '../../components/state-view';
import { TicketCardItem } from '../../components/ticket-parts/ticket-card-item';
import { useLivePagedList } from '../../hooks/use-live-paged-list';
import { ticketStores } from '../../stores/ticket-stores';

/** 我的服务: the enterprise's requests, newest first. */
export default function MyTicketsPage() {
  const list = useLivePagedList(ticketStores.mine);
  return (
    <View className="page my-tickets">
      <View style={{ height: '24px' }} />
      <PagedListView
        list={list}
        emptyText="还没有服务申请"
        emptyAction={
          <Button className="form__submit" onClick={() => void Taro.switchTab({ url: '/pages/services/index' })}>
            去服务页发起申请
          </Button>
        }
      >
        {list.items.map((t) => (
          <TicketCardItem
            key={t.id}
            ticket={t}
            onOpen={() => void Taro.navigateTo({ url: `/pages/ticket-detail/index?id=${encodeURIComponent(t.id)}` })}
          />
        ))}
      </PagedListView>
    </View>
  );
}
