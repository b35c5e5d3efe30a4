import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';

/** Pull-down reloads what the page shows, and the spinner stops when the answer is in (or failed). */
export const usePullDownReload = (reload: () => Promise<unknown>) =>
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

/** A page over a paged list: pull-down reloads it, reaching the bottom loads the next page. */
export const usePagedListEvents = (list: { reload(): Promise<void>; loadMore(): Promise<void> }) => {
  usePullDownReload(() => list.reload());
  useReachBottom(() => void list.loadMore());
};

/** A page that is its paged list: loaded each time it is shown, plus the list's pull-down and paging. */
export const useShownPagedList = (list: { reload(): Promise<void>; loadMore(): Promise<void> }) => {
  useDidShow(() => void list.reload());
  usePagedListEvents(list);
};
