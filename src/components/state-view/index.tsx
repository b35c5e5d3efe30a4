import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { WireError } from '@core/kernel/errors';
import { isDemoAvailable } from '../../services/demo-session';
import type { PagedListState } from '../../stores/create-paged-list-store';
import type { LoadStatus, Resource } from '../../stores/resource';
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

const goHome = () => void Taro.switchTab({ url: '/pages/home/index' });

function ErrorState(props: { title: string; text: string; action: string | false; onAction: () => void }) {
  return (
    <View className="state state--error" role="alert">
      <Text className="state__title">{props.title}</Text>
      <Text className="state__text">{props.text}</Text>
      {props.action && (
        <Button className="state__retry" onClick={props.onAction}>
          {props.action}
        </Button>
      )}
    </View>
  );
}

/** A first load that failed: what went wrong, and the one way on that can mend it. */
function LoadError({ error, onRetry }: { error: WireError | null; onRetry: () => void }) {
  switch (error?.code) {
    case 'UNAUTHENTICATED':
      // No identity yet: on the local demo stack that means no 体验身份 chosen; WeChat always has one.
      return (
        <ErrorState
          title="需要身份"
          text={isDemoAvailable ? '本地演示环境请先在“我的 → 体验身份”中选择身份' : error.message}
          action={isDemoAvailable && '选择体验身份'}
          onAction={() => void Taro.navigateTo({ url: '/subpackages/account/pages/demo-identity/index' })}
        />
      );
    // Retrying cannot grant a permission; say whose page this is.
    case 'FORBIDDEN':
      return <ErrorState title="没有权限" text={error.message} action="返回首页" onAction={goHome} />;
    // Retrying cannot bring back something that does not exist: offer the way home instead.
    case 'NOT_FOUND':
      return <ErrorState title="内容不存在" text={error.message} action="返回首页" onAction={goHome} />;
    default:
      return <ErrorState title="加载失败" text={error?.message ?? '请稍后再试'} action="重试" onAction={onRetry} />;
  }
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
  if (status === 'error' && isEmpty) return <LoadError error={error} onRetry={onRetry} />;
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

/** What the list parts read of a paged-list store (stores/create-paged-list-store). */
export type PagedListLike = Pick<
  PagedListState<unknown, unknown>,
  'items' | 'next' | 'status' | 'isLoadingMore' | 'error' | 'reload' | 'loadMore'
>;

/** The footer of a list kept in a paged-list store. */
export function PagedListFooter({ list }: { list: Omit<PagedListLike, 'items' | 'status' | 'reload'> }) {
  return (
    <ListFooter
      hasMore={list.next !== null}
      isLoadingMore={list.isLoadingMore}
      error={list.error}
      onMore={() => void list.loadMore()}
    />
  );
}

/** A paged-list store drawn through StateView: its states, its rows (children), then its footer. */
export function PagedListView(props: {
  list: PagedListLike;
  emptyText: string;
  emptyAction?: ReactNode;
  children: ReactNode;
}) {
  const { list } = props;
  return (
    <StateView
      status={list.status}
      error={list.error}
      isEmpty={list.items.length === 0}
      emptyText={props.emptyText}
      emptyAction={props.emptyAction}
      onRetry={() => void list.reload()}
    >
      {props.children}
      <PagedListFooter list={list} />
    </StateView>
  );
}

/** One resource (a detail page's entry, loading until it is asked for) drawn through StateView; children draw its data. */
export function ResourceView<T>(props: {
  resource: Resource<T> | undefined;
  emptyText: string;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}) {
  const data = props.resource?.data ?? null;
  return (
    <StateView
      status={props.resource?.status ?? 'loading'}
      error={props.resource?.error ?? null}
      isEmpty={data === null}
      emptyText={props.emptyText}
      onRetry={props.onRetry}
    >
      {data !== null && props.children(data)}
    </StateView>
  );
}
