import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { WireError } from '@core/kernel/errors';
import { isDemoAvailable } from '../../services/demo-session';
import type { LoadStatus } from '../../stores/resource';
import './index.scss';

interface StateViewProps {
  status: LoadStatus;
  error: WireError | null;
  isEmpty: boolean;
  emptyText: string;
  emptyAction?: ReactNode;
  onRetry: () => void;
  children: ReactNode;
}

/** Loading, error (with 重试), empty and content: every page draws its data through this. */
export function StateView({ status, error, isEmpty, emptyText, emptyAction, onRetry, children }: StateViewProps) {
  if ((status === 'idle' || status === 'loading') && isEmpty) {
    return (
      <View className="state state--loading" aria-busy="true">
        <View className="skeleton" />
        <View className="skeleton skeleton--short" />
        <View className="skeleton" />
        <Text className="state__text">加载中…</Text>
      </View>
    );
  }
  if (status === 'error' && isEmpty && error?.code === 'UNAUTHENTICATED') {
    // No identity yet: on the local demo stack that means no 体验身份 chosen; WeChat always has one.
    return (
      <View className="state state--error" role="alert">
        <Text className="state__title">需要身份</Text>
        <Text className="state__text">
          {isDemoAvailable ? '本地演示环境请先在“我的 → 体验身份”中选择身份' : error.message}
        </Text>
        {isDemoAvailable && (
          <Button
            className="state__retry"
            onClick={() => void Taro.navigateTo({ url: '/subpackages/account/pages/demo-identity/index' })}
          >
            选择体验身份
          </Button>
        )}
      </View>
    );
  }
  if (status === 'error' && isEmpty && error?.code === 'FORBIDDEN') {
    // Retrying cannot grant a permission; say whose page this is.
    return (
      <View className="state state--error" role="alert">
        <Text className="state__title">没有权限</Text>
        <Text className="state__text">{error.message}</Text>
        <Button className="state__retry" onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>
          返回首页
        </Button>
      </View>
    );
  }
  if (status === 'error' && isEmpty && error?.code === 'NOT_FOUND') {
    // Retrying cannot bring back something that does not exist: offer the way home instead.
    return (
      <View className="state state--error" role="alert">
        <Text className="state__title">内容不存在</Text>
        <Text className="state__text">{error.message}</Text>
        <Button className="state__retry" onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>
          返回首页
        </Button>
      </View>
    );
  }
  if (status === 'error' && isEmpty) {
    return (
      <View className="state state--error" role="alert">
        <Text className="state__title">加载失败</Text>
        <Text className="state__text">{error?.message ?? '请稍后再试'}</Text>
        <Button className="state__retry" onClick={onRetry}>
          重试
        </Button>
      </View>
    );
  }
  if (isEmpty) {
    return (
      <View className="state state--empty">
        <Text className="state__text">{emptyText}</Text>
        {emptyAction}
      </View>
    );
  }
  return <>{children}</>;
}

/** The end of a paged list: load more, loading, failed-more with retry, or the end. */
export function ListFooter(props: {
  hasMore: boolean;
  isLoadingMore: boolean;
  error: WireError | null;
  onMore: () => void;
}) {
  if (props.isLoadingMore) return <View className="list-footer">加载中…</View>;
  if (props.error) {
    return (
      <View role="button" className="list-footer list-footer--error" onClick={props.onMore}>
        {props.error.message}，点击重试
      </View>
    );
  }
  if (props.hasMore) {
    return (
      <View role="button" className="list-footer list-footer--more" onClick={props.onMore}>
        加载更多
      </View>
    );
  }
  return <View className="list-footer">没有更多了</View>;
}

/** The footer of a list kept in a paged-list store (stores/create-paged-list-store). */
export function PagedListFooter({
  list,
}: {
  list: { next: string | null; isLoadingMore: boolean; error: WireError | null; loadMore: () => Promise<void> };
}) {
  return (
    <ListFooter
      hasMore={list.next !== null}
      isLoadingMore={list.isLoadingMore}
      error={list.error}
      onMore={() => void list.loadMore()}
    />
  );
}
