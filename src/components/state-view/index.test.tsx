/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import type { WireError } from '@core/kernel/errors';
import type { LoadStatus } from '../../stores/resource';
import { ListFooter, PagedListView, ResourceView, StateView, type PagedListLike } from './index';

const unavailable: WireError = { code: 'UNAVAILABLE', message: '网络不可用，请检查网络后重试' };

const renderState = (status: LoadStatus, isEmpty: boolean, error: WireError | null = null) => {
  const onRetry = jest.fn();
  render(
    <StateView
      status={status}
      error={error}
      isEmpty={isEmpty}
      emptyText="没有符合条件的园区"
      emptyAction={<span>清除筛选条件</span>}
      onRetry={onRetry}
    >
      <span>园区列表</span>
    </StateView>,
  );
  return onRetry;
};

describe('StateView', () => {
  test.each<LoadStatus>(['idle', 'loading'])('%s with nothing to show is 加载中', (status) => {
    renderState(status, true);
    expect(screen.getByText('加载中…')).toBeTruthy();
    expect(screen.queryByText('园区列表')).toBeNull();
  });

  test('an error with nothing to show is 加载失败 with the message, and 重试 calls onRetry', () => {
    const onRetry = renderState('error', true, unavailable);
    expect(screen.getByText('加载失败')).toBeTruthy();
    expect(screen.getByText('网络不可用，请检查网络后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('NOT_FOUND with nothing to show says 内容不存在 and offers 返回首页, not a retry', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' });
    const onRetry = renderState('error', true, { code: 'NOT_FOUND', message: '园区不存在' });
    expect(screen.getByText('内容不存在')).toBeTruthy();
    expect(screen.getByText('园区不存在')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();

    fireEvent.click(screen.getByText('返回首页'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
    expect(onRetry).not.toHaveBeenCalled();
    switchTab.mockRestore();
  });

  test('ready and empty shows the empty text and its action', () => {
    renderState('ready', true);
    expect(screen.getByText('没有符合条件的园区')).toBeTruthy();
    expect(screen.getByText('清除筛选条件')).toBeTruthy();
  });

  test.each<LoadStatus>(['loading', 'error', 'ready'])('%s with data keeps showing the data', (status) => {
    renderState(status, false, status === 'error' ? unavailable : null);
    expect(screen.getByText('园区列表')).toBeTruthy();
    expect(screen.queryByText('加载失败')).toBeNull();
    expect(screen.queryByText('加载中…')).toBeNull();
  });
});

describe('ListFooter', () => {
  const renderFooter = (props: { hasMore: boolean; isLoadingMore: boolean; error: WireError | null }) => {
    const onMore = jest.fn();
    render(<ListFooter {...props} onMore={onMore} />);
    return onMore;
  };

  const footers = {
    more: { hasMore: true, isLoadingMore: false, error: null },
    loadingMore: { hasMore: true, isLoadingMore: true, error: null },
    failed: { hasMore: true, isLoadingMore: false, error: unavailable },
    end: { hasMore: false, isLoadingMore: false, error: null },
  } as const;

  // Each footer: the text a person taps, and how many more-pages that tap asks for.
  test.each([
    ['more to load: 加载更多 loads it', 'more', '加载更多', 1],
    ['while loading more it says so and offers nothing to tap', 'loadingMore', '加载中…', 0],
    ['a failed more-page shows the message and retries on tap', 'failed', '网络不可用，请检查网络后重试，点击重试', 1],
    ['at the end of the list it says 没有更多了', 'end', '没有更多了', 0],
  ] as const)('%s', (_name, footer, text, loads) => {
    const onMore = renderFooter(footers[footer]);
    fireEvent.click(screen.getByText(text));
    expect(onMore).toHaveBeenCalledTimes(loads);
  });
});

describe('StateView for errors a retry cannot mend', () => {
  test('no identity on the demo stack points to 体验身份 instead of offering 重试', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }));
    renderState('error', true, { code: 'UNAUTHENTICATED', message: '请先登录' });
    expect(screen.queryByText('重试')).toBeNull();
    fireEvent.click(screen.getByText('选择体验身份'));
    expect(navigate).toHaveBeenCalledWith({ url: '/subpackages/account/pages/demo-identity/index' });
    navigate.mockRestore();
  });

  test('a refusal says 没有权限 with the server’s reason and no 重试', () => {
    renderState('error', true, { code: 'FORBIDDEN', message: '没有权限执行此操作' });
    expect(screen.getByText('没有权限')).toBeTruthy();
    expect(screen.getByText('没有权限执行此操作')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
  });
});

describe('PagedListView', () => {
  const listOf = (over: Partial<PagedListLike>): PagedListLike => ({
    items: [],
    next: null,
    status: 'ready',
    isLoadingMore: false,
    error: null,
    reload: jest.fn(() => Promise.resolve()),
    loadMore: jest.fn(() => Promise.resolve()),
    ...over,
  });

  test('rows are followed by the footer, whose 加载更多 loads the next page', () => {
    const list = listOf({ items: ['a'], next: 'c1' });
    render(
      <PagedListView list={list} emptyText="暂无消息">
        <span>第一条</span>
      </PagedListView>,
    );
    expect(screen.getByText('第一条')).toBeTruthy();
    fireEvent.click(screen.getByText('加载更多'));
    expect(list.loadMore).toHaveBeenCalledTimes(1);
  });

  test('an empty list shows its empty text instead of the rows', () => {
    render(
      <PagedListView list={listOf({})} emptyText="暂无消息">
        <span>第一条</span>
      </PagedListView>,
    );
    expect(screen.getByText('暂无消息')).toBeTruthy();
    expect(screen.queryByText('第一条')).toBeNull();
  });

  test('a failed first page offers 重试, which reloads the list', () => {
    const list = listOf({ status: 'error', error: unavailable });
    render(
      <PagedListView list={list} emptyText="暂无消息">
        <span>第一条</span>
      </PagedListView>,
    );
    fireEvent.click(screen.getByText('重试'));
    expect(list.reload).toHaveBeenCalledTimes(1);
  });
});

describe('ResourceView', () => {
  const renderResource = (resource: Parameters<typeof ResourceView<string>>[0]['resource']) =>
    render(
      <ResourceView resource={resource} emptyText="园区不存在" onRetry={() => undefined}>
        {(name) => <span>{`园区：${name}`}</span>}
      </ResourceView>,
    );

  test('an entry not asked for yet is 加载中', () => {
    renderResource(undefined);
    expect(screen.getByText('加载中…')).toBeTruthy();
  });

  test('its data goes to the children', () => {
    renderResource({ status: 'ready', data: '京德智造产业园', error: null });
    expect(screen.getByText('园区：京德智造产业园')).toBeTruthy();
  });

  test('ready without data is the empty text', () => {
    renderResource({ status: 'ready', data: null, error: null });
    expect(screen.getByText('园区不存在')).toBeTruthy();
  });
});
