/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { clearTaroRoute, setTaroRoute } from '@tests/support/taro-route';
import { fireEvent, render, screen } from '@testing-library/react';
import { demoOpenid } from '@core/app/seed';
import { visitStores } from '../../stores/visit-stores';
import { dataOf, sendAs, setNow } from '@tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { serveTaroRequests, type RequestBackend } from '@tests/support/taro-request-backend';
import { validBooking } from '@tests/support/visit-booking-fixture';
import VisitDetailPage from './';

/** The investor's visit page against the real back end, as the investor persona. */
let stack: TestStack;
let backend: RequestBackend;
let send: ReturnType<typeof sendAs>;

beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  visitStores.details.setState(visitStores.details.getInitialState(), true);
  backend = serveTaroRequests(stack, { openid: demoOpenid('investor') });
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
});
afterEach(() => {
  clearTaroRoute();
  backend.restore();
  jest.restoreAllMocks();
  stack.close();
});

/** Opens the page of visit `id` and waits until it shows `text` (its status, or why it cannot). */
const openShowing = async (id: string, text: string) => {
  setTaroRoute('/pages/visit-detail/index', { id });
  render(<VisitDetailPage />);
  await screen.findByText(text);
};

const book = async () =>
  dataOf(await send('investor', 'visits.book', validBooking({ parkIds: ['jingde-smart', 'new-materials'] }))).id;

describe('visit detail page (investor)', () => {
  test('a new booking is 待确认, names no host yet, and may be changed until the cut-off', async () => {
    await openShowing(await book(), '待确认');
    expect(screen.getByText('园区确认后将显示接待人员。')).toBeTruthy();
    expect(screen.getByText('可在 2026年11月29日 14:30 前改期或取消。')).toBeTruthy();
    expect(screen.getByText('改期')).toBeTruthy();
    expect(screen.getByText('取消预约')).toBeTruthy();
    expect(screen.queryByText(/内部/)).toBeNull();
  });

  test('after the cut-off the page says to contact the host instead of offering changes', async () => {
    const id = await book();
    setNow(stack, Date.UTC(2026, 10, 29, 7)); // Sunday 15:00 in Beijing, past Sunday 14:30
    await openShowing(id, '待确认');
    expect(screen.getByText('已过改期和取消截止时间（2026年11月29日 14:30），如需调整请联系接待人员。')).toBeTruthy();
    expect(screen.queryByText('取消预约')).toBeNull();
  });

  test('once confirmed it shows 已确认 with the host by name and title', async () => {
    const id = await book();
    dataOf(await send('staff', 'visits.confirm', { visitId: id }));
    await openShowing(id, '已确认');
    expect(screen.getByText('张专员（演示）')).toBeTruthy();
    expect(screen.getByText('招商服务专员')).toBeTruthy();
  });

  test('a declined visit gives the reason and rebooks the same itinerary', async () => {
    const id = await book();
    dataOf(await send('leader', 'visits.decline', { visitId: id, reason: '当天园区封闭施工' }));
    await openShowing(id, '未能接待');
    expect(screen.getByText('原因：当天园区封闭施工')).toBeTruthy();
    fireEvent.click(screen.getByText('重新预约'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/visit-book/index?parkIds=jingde-smart,new-materials' });
  });

  test("another investor's visit is not shown", async () => {
    const id = dataOf(await send({ openid: 'o-other' }, 'visits.book', validBooking())).id;
    await openShowing(id, '预约不存在或无权查看');
  });
});
