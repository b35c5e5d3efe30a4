import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { type StoreApi, useStore } from 'zustand';
import type { PagedListState } from '../stores/create-paged-list-store';

/**
 * A page listing one's own items from a paged-list store: read again on every show (they change
 * while the user is away: on their detail pages, by the staff), pulled down to refresh, more at the bottom.
 */
export const useLivePagedList = <T, F>(store: StoreApi<PagedListState<T, F>>) => {
  const list = useStore(store);
  useDidShow(() => void store.getState().reload());
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  return list;
};
