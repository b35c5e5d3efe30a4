import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PagedListView } from '../../components/state-view';
import { VisitCard } from '../../components/visit-card';
import { useLivePagedList } from '../../hooks/use-live-paged-list';
import { visitStores } from '../../stores/visit-stores';
import './index.scss';

/** 我的预约: newest first, with status. */
export default function MyVisitsPage() {
  const list = useLivePagedList(visitStores.mine);
  return (
    <View className="page my-visits">
      <PagedListView
        list={list}
        emptyText="还没有考察预约"
        emptyAction={
          <Button
            className="primary-button my-visits__book"
            onClick={() => void Taro.navigateTo({ url: '/pages/visit-book/index' })}
          >
            预约考察
          </Button>
        }
      >
        <View className="my-visits__list">
          {list.items.map((visit) => (
            <VisitCard
              key={visit.id}
              visit={visit}
              onTap={() =>
                void Taro.navigateTo({ url: `/pages/visit-detail/index?id=${encodeURIComponent(visit.id)}` })
              }
            />
          ))}
        </View>
      </PagedListView>
    </View>
  );
}
