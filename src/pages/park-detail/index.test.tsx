/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { clearTaroRoute, setTaroRoute } from '@tests/support/taro-route';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { catalogStores } from '../../stores/catalog-stores';
import { setUpCatalogPage } from '@tests/support/catalog-page-test';
import ParkDetailPage from './';

/** The park detail page against the real back end (Taro.request answered by the dispatcher). */
const page = setUpCatalogPage(() =>
  catalogStores.parkDetails.setState(catalogStores.parkDetails.getInitialState(), true),
);
beforeEach(() => {
  jest.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'setNavigationBarTitle:ok' });
});
afterEach(() => clearTaroRoute());

/** Opens the page as /pages/park-detail/index?id=… would. */
const openPage = (params: Record<string, string>) => {
  setTaroRoute('/pages/park-detail/index', params);
  return render(<ParkDetailPage />);
};

const section = (title: string): HTMLElement => {
  const heading = screen.getByText(title);
  const card = heading.closest('.section');
  if (!(card instanceof HTMLElement)) throw new Error(`no section ${title}`);
  return card;
};

const figures = () =>
  Array.from(document.querySelectorAll('.figures__item'), (item) => ({
    value: item.querySelector('.figures__value')?.textContent ?? '',
    label: item.querySelector('.figures__label')?.textContent ?? '',
    pending: item.querySelector('.figures__value--pending') !== null,
  }));

describe('park detail page', () => {
  test('京德智造产业园 shows its published figures and its custom-build factory', async () => {
    openPage({ id: 'jingde-smart' });
    await screen.findByText('京德智造产业园');

    expect(figures()).toEqual([
      { label: '占地面积', value: '667亩', pending: false },
      { label: '总投资', value: '18亿元', pending: false },
      { label: '一期厂房', value: '4万平方米“定制”标准厂房', pending: false },
      { label: '建设进度', value: '5月底封顶，7月可实现企业入驻', pending: false },
    ]);
    expect(screen.queryByText(/标注“待补充”的数据尚未公布/)).toBeNull();

    const factories = within(section('厂房载体'));
    expect(factories.getByText('一期“定制”标准厂房')).toBeTruthy();
    expect(factories.getByText('面积：4万平方米')).toBeTruthy();
    expect(factories.getByText('可定制')).toBeTruthy();
    expect(factories.getByText('层数：待补充')).toBeTruthy();
    expect(factories.queryByText(/厂房信息待补充/)).toBeNull();

    expect(screen.getByText('建设中')).toBeTruthy();
    expect(within(section('相关动态')).getByText(/京德智造产业园加速建设/)).toBeTruthy();
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '京德智造产业园' });
    expect(page.backend.seen.map((request) => request.input)).toEqual([{ id: 'jingde-smart' }]);
  });

  test('a park without published figures says 待补充 and 厂房信息待补充', async () => {
    openPage({ id: 'green-chemical' });
    await screen.findByText('绿色化工产业园');

    expect(figures()).toEqual([
      { label: '占地面积', value: '待补充', pending: true },
      { label: '总投资', value: '待补充', pending: true },
      { label: '可用厂房', value: '待补充', pending: true },
    ]);
    expect(screen.getByText('标注“待补充”的数据尚未公布，以开发区发布为准。')).toBeTruthy();
    expect(within(section('厂房载体')).getByText(/^厂房信息待补充/)).toBeTruthy();
    expect(document.querySelector('[data-factory-id]')).toBeNull();
    expect(within(section('园区位置')).getByText('地址：待补充')).toBeTruthy();
    expect(screen.queryByText('相关动态')).toBeNull();
  });

  test('an error answer shows 加载失败 and 重试, and 重试 loads the park', async () => {
    page.backend.failNext('catalog.parks.get', { code: 'UNAVAILABLE', message: '网络不可用，请检查网络后重试' });
    openPage({ id: 'jingde-smart' });

    await screen.findByText('加载失败');
    expect(screen.getByText('网络不可用，请检查网络后重试')).toBeTruthy();
    expect(screen.queryByText('京德智造产业园')).toBeNull();

    fireEvent.click(screen.getByText('重试'));
    await screen.findByText('京德智造产业园');
    expect(screen.queryByText('加载失败')).toBeNull();
    expect(figures().map((figure) => figure.value)).toContain('667亩');
  });

  test('an unknown park says it does not exist and offers the way home instead of a retry', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' });
    openPage({ id: 'no-such-park' });

    await screen.findByText('内容不存在');
    expect(screen.getByText('园区不存在')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    expect(document.querySelector('.park-detail__name')).toBeNull();

    fireEvent.click(screen.getByText('返回首页'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  test('without an id it asks for none and sends nothing', async () => {
    openPage({});
    expect(screen.getByText('缺少园区编号')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.backend.seen).toEqual([]);
  });
});
