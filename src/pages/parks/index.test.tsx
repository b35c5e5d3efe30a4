/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { catalogStores } from '../../stores/catalog-stores';
import { setUpCatalogPage } from '@tests/support/catalog-page-test';
import { ALL_PARKS } from '@tests/support/catalog-fixture';
import ParksPage from './';

/**
 * The 园区 page against the real back end: Taro.request (the H5 transport's HTTP call) is answered
 * by the dispatcher over a seeded SQLite database; transport, stores and page run unchanged.
 */
// The page reads the app's module-level stores: start each test from a fresh app.
const page = setUpCatalogPage(() => {
  catalogStores.parks.setState(catalogStores.parks.getInitialState(), true);
  catalogStores.industries.setState(catalogStores.industries.getInitialState(), true);
});

const shownParks = () => Array.from(document.querySelectorAll('.park-card__name'), (node) => node.textContent ?? '');

/** An industry chip above the list (park cards carry the same names as tags). */
const filters = () => {
  const bar = document.querySelector('.parks__filters');
  if (!(bar instanceof HTMLElement)) throw new Error('no filter bar');
  return within(bar);
};
const chip = (name: string) => filters().getByText(name);

const renderLoaded = async () => {
  const view = render(<ParksPage />);
  await waitFor(() => expect(shownParks()).toEqual(ALL_PARKS));
  await filters().findByText('高端装备制造'); // the industry chips have loaded too
  return view;
};

/** The <input> Taro's <Input> renders (asynchronously, as a web component). */
const searchBox = (): HTMLInputElement => {
  const inner = document.querySelector('.parks__input input');
  if (!(inner instanceof HTMLInputElement)) throw new Error('the search box has not rendered its <input> yet');
  return inner;
};

/** Types into the search box as a user would. */
const typeKeyword = async (value: string) => {
  fireEvent.input(await waitFor(searchBox), { target: { value } });
};

const listRequests = () =>
  page.backend.seen.filter((request) => request.action === 'catalog.parks.list').map((request) => request.input);

describe('园区 page', () => {
  test('shows the 9 parks with their figures, and the end of the list', async () => {
    await renderLoaded();

    expect(screen.getByText('全部园区')).toBeTruthy();
    const jingde = document.querySelector('[data-park-id="jingde-smart"]');
    if (!(jingde instanceof HTMLElement)) throw new Error('no 京德智造产业园 card');
    expect(within(jingde).getByText('占地 667亩')).toBeTruthy();
    expect(within(jingde).getByText('总投资 18亿元')).toBeTruthy();
    expect(within(jingde).getByText('建设中')).toBeTruthy();
    const aviation = document.querySelector('[data-park-id="aviation"]');
    if (!(aviation instanceof HTMLElement)) throw new Error('no 航空产业园 card');
    expect(within(aviation).getByText('占地 待补充')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });

  test('tapping an industry chip narrows the list, and 全部产业 restores it', async () => {
    await renderLoaded();

    fireEvent.click(chip('高端装备制造'));
    await waitFor(() => expect(shownParks()).toEqual(['京德智造产业园', '高端装备制造产业园']));
    expect(chip('高端装备制造').className).toContain('chip--on');
    expect(chip('全部产业').className).not.toContain('chip--on');
    expect(screen.getByText('筛选结果')).toBeTruthy();

    fireEvent.click(chip('全部产业'));
    await waitFor(() => expect(shownParks()).toEqual(ALL_PARKS));
    expect(chip('全部产业').className).toContain('chip--on');
  });

  test('typing a keyword narrows the list once typing pauses', async () => {
    await renderLoaded();
    const before = listRequests().length;

    await typeKeyword('航');
    await typeKeyword('航空');
    expect(listRequests()).toHaveLength(before); // nothing is sent while typing

    await waitFor(() => expect(shownParks()).toEqual(['航空产业园']));
    expect(listRequests().slice(before)).toEqual([{ keyword: '航空', limit: 10, cursor: null }]);
  });

  test('a keyword and an industry combine', async () => {
    await renderLoaded();
    fireEvent.click(chip('高端装备制造'));
    await waitFor(() => expect(shownParks()).toHaveLength(2));

    await typeKeyword('京德');
    await waitFor(() => expect(shownParks()).toEqual(['京德智造产业园']));
    expect(listRequests().at(-1)).toEqual({
      keyword: '京德',
      industryId: 'high-end-equipment',
      limit: 10,
      cursor: null,
    });
  });

  test('a filter with no match says so, and 清除筛选条件 restores all parks', async () => {
    await renderLoaded();

    await typeKeyword('不存在的园区');
    await screen.findByText('没有符合条件的园区');
    expect(shownParks()).toEqual([]);

    fireEvent.click(screen.getByText('清除筛选条件'));
    await waitFor(() => expect(shownParks()).toEqual(ALL_PARKS));
    expect(screen.queryByText('没有符合条件的园区')).toBeNull();
    expect(screen.getByText('全部园区')).toBeTruthy();
    await waitFor(() => expect(searchBox().value).toBe(''));
  });

  test('清除筛选条件 tapped while a keyword is still being typed wins over that keyword', async () => {
    await renderLoaded();
    await typeKeyword('不存在');
    await screen.findByText('没有符合条件的园区');

    await typeKeyword('不存在的');
    fireEvent.click(screen.getByText('清除筛选条件'));
    await waitFor(() => expect(shownParks()).toEqual(ALL_PARKS));
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the search delay

    expect(shownParks()).toEqual(ALL_PARKS);
    expect(catalogStores.parks.getState().filter).toEqual({ keyword: '', industryId: null });
    expect(searchBox().value).toBe('');
  });

  test('an error answer shows 加载失败 and 重试, and 重试 loads the parks', async () => {
    page.backend.failNext('catalog.parks.list', { code: 'UNAVAILABLE', message: '网络不可用，请检查网络后重试' });
    render(<ParksPage />);

    await screen.findByText('加载失败');
    expect(screen.getByText('网络不可用，请检查网络后重试')).toBeTruthy();
    expect(shownParks()).toEqual([]);

    fireEvent.click(screen.getByText('重试'));
    await waitFor(() => expect(shownParks()).toEqual(ALL_PARKS));
    expect(screen.queryByText('加载失败')).toBeNull();
  });

  test('a failed industry list offers its own retry', async () => {
    page.backend.failNext('catalog.industries.list', { code: 'INTERNAL', message: '系统繁忙，请稍后再试' });
    render(<ParksPage />);

    await waitFor(() => expect(shownParks()).toEqual(ALL_PARKS));
    expect(filters().queryByText('高端装备制造')).toBeNull();

    fireEvent.click(await filters().findByText('产业加载失败，点击重试'));
    await filters().findByText('高端装备制造');
    expect(filters().queryByText('产业加载失败，点击重试')).toBeNull();
  });

  test('tapping a park opens its detail page', async () => {
    await renderLoaded();
    fireEvent.click(screen.getByText('京德智造产业园'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/park-detail/index?id=jingde-smart' });
  });
});
