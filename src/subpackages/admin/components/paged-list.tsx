import { Button, Input, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedListState } from '@/stores/create-paged-list-store';
import { StateView } from '@/components/state-view';

/** Search box, the rows, and 加载更多: every admin list pages and searches the same way. */
export function PagedList<T>(props: {
  list: PagedListState<T, string>;
  searchPlaceholder?: string;
  emptyText: string;
  children: (item: T) => ReactNode;
}) {
  const { list } = props;
  return (
    <View className="admin-list">
      {props.searchPlaceholder && (
        <Input
          className="admin-list__search"
          name="search"
          value={list.filter}
          placeholder={props.searchPlaceholder}
          confirmType="search"
          onInput={(e) => void list.setFilter(e.detail.value)}
        />
      )}
      <StateView
        status={list.status}
        error={list.error}
        isEmpty={list.items.length === 0}
        emptyText={props.emptyText}
        onRetry={() => void list.reload()}
      >
        <View className="admin-list__rows">{list.items.map((item) => props.children(item))}</View>
        {list.next && (
          <Button className="admin-list__more" loading={list.isLoadingMore} onClick={() => void list.loadMore()}>
            加载更多
          </Button>
        )}
        {list.status === 'error' && list.items.length > 0 && <Text className="admin-error">{list.error?.message}</Text>}
      </StateView>
    </View>
  );
}
