/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { clearTaroRoute, setTaroRoute } from '@tests/support/taro-route';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { demoOpenid } from '@core/app/seed';
import { bookingFlow } from '../../stores/booking-flow';
import { DRAFT_KEY } from '../../stores/booking-flow-store';
import { visitStores } from '../../stores/visit-stores';
import { FIXED_NOW, openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { serveTaroRequests, type RequestBackend } from '@tests/support/taro-request-backend';
import { emptyDraft } from '../../stores/booking-draft';
import VisitBookPage from './index';

/** 预约考察 against the real back end, as the investor persona, on the seeded clock (Friday 2026-11-27). */
let stack: TestStack;
let backend: RequestBackend;

beforeEach(async () => {
  stack = await openTestStack();
  backend = serveTaroRequests(stack, { openid: demoOpenid('investor') });
  jest.spyOn(Date, 'now').mockReturnValue(FIXED_NOW);
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' });
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
  Taro.removeStorageSync(DRAFT_KEY);
  bookingFlow.setState({ draft: emptyDraft('req-page-test-1'), errors: {}, isSubmitting: false, submitError: null });
  visitStores.availability.setState(visitStores.availability.getInitialState(), true);
});
afterEach(() => {
  clearTaroRoute();
  backend.restore();
  jest.restoreAllMocks();
  stack.close();
});

const openPage = async (params: Record<string, string>) => {
  setTaroRoute('/pages/visit-book/index', params);
  render(<VisitBookPage />);
  await screen.findByText('1. 京德智造产业园');
  await screen.findByText('11/30');
};

/** Types into the <input> a Taro <Input> renders (asynchronously, as a web component). */
const type = async (placeholder: string, value: string) => {
  const input = await waitFor(() => {
    const inner = document.querySelector(`input[placeholder="${placeholder}"]`);
    if (!(inner instanceof HTMLInputElement)) throw new Error(`no input ${placeholder} yet`);
    return inner;
  });
  fireEvent.input(input, { target: { value } });
};

const fillVisitor = async (phone = '13912345678') => {
  await type('请输入公司全称', '北京某某科技有限公司');
  await type('请输入姓名', '李四');
  await type('11位手机号', phone);
  await type('人数', '3');
  fireEvent.click(screen.getByText('暂未确定'));
};

const bookRequests = () => backend.seen.filter((r) => r.action === 'visits.book');

// A whole booking through the real handlers over SQLite, rendering the 31-day strip: ~4 s alone on this
// shared 2-core machine, over jest's 5 s default when the whole suite runs beside it.
jest.setTimeout(15_000);

describe('visit booking page', () => {
  test('greys closed days with their reason and books an itinerary of two parks once', async () => {
    await openPage({ parkId: 'jingde-smart' });
    expect(screen.getAllByText('周末').length).toBeGreaterThan(0);
    expect(screen.getByText('提前量不足')).toBeTruthy();

    fireEvent.click(screen.getByText('新材料产业园'));
    await screen.findByText('11/30');
    fireEvent.click(screen.getByText('11/30'));
    fireEvent.click(await screen.findByText('下午'));
    await fillVisitor();
    fireEvent.click(screen.getByText(/我已阅读并同意/));
    fireEvent.click(screen.getByText('提交预约'));

    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    const { items } = await stack.store.find('visits', { limit: 10 });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ parkIds: ['jingde-smart', 'new-materials'], date: '2026-11-30', halfDay: 'pm' });
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: `/pages/visit-detail/index?id=${items[0]?.id ?? ''}&booked=1`,
    });
    expect(Taro.getStorageSync(DRAFT_KEY)).toBe('');
  });

  test('shows each problem next to its field and sends nothing', async () => {
    await openPage({ parkId: 'jingde-smart' });
    await fillVisitor('1391234567');
    fireEvent.click(screen.getByText('提交预约'));
    expect(await screen.findByText('请输入11位中国大陆手机号')).toBeTruthy();
    expect(screen.getByText('请选择日期')).toBeTruthy();
    expect(screen.getByText('请阅读并同意个人信息收集与使用说明')).toBeTruthy();
    // The first problem in the form's order (the date, above the phone number) takes the focus.
    await waitFor(() => expect(document.activeElement?.id).toBe('field-date'));
    expect(bookRequests()).toEqual([]);
  });

  test('a double tap sends one booking', async () => {
    await openPage({ parkId: 'jingde-smart' });
    fireEvent.click(screen.getByText('11/30'));
    fireEvent.click(await screen.findByText('上午'));
    await fillVisitor();
    fireEvent.click(screen.getByText(/我已阅读并同意/));
    const release = backend.holdNext('visits.book');
    fireEvent.click(screen.getByText('提交预约'));
    fireEvent.click(screen.getByText('提交中…'));
    await release();
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(bookRequests()).toHaveLength(1);
    expect(await stack.store.count('visits')).toBe(1);
  });
});
