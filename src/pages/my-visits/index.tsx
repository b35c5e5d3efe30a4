import { Button, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { PagedListFooter, StateView } from '../../components/state-view';
import { VisitCard } from '../../components/visit-card';
import { useMyVisits, visitStores } from '../../stores/visit-stores';
import './index.scss';

/** 我的预约: newest first, with status. */
export default function MyVisitsPage() {
  const list = useMyVisits();
  // Re-read on every show: a visit may have changed on its detail page or by the host.
  useDidShow(() => void visitStores.mine.getState().reload());
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  return (
    <View className="page my-visits">
      <StateView
        status={list.status}
        error={list.error}
        isEmpty={list.items.length === 0}
        emptyText="还没有考察预约"
        emptyAction={
          <Button
            className="primary-button my-visits__book"
            onClick={() => void Taro.navigateTo({ url: '/pages/visit-book/index' })}
          >
            预约考察
          </Button>
        }
        onRetry={() => void list.reload()}
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
          <PagedListFooter list={list} />
        </View>
      </StateView>
    </View>
  );
}
