/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { clearTaroRoute, setTaroRoute } from '@tests/support/taro-route';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { demoOpenid } from '@core/app/seed';
import { visitStores } from '@/stores/visit-stores';
import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { serveTaroRequests, type RequestBackend } from '@tests/support/taro-request-backend';
import { validBooking } from '@tests/support/visit-booking-fixture';
import StaffVisitPage from './';

/** The host's visit page against the real back end, as the staff persona 张专员. */
let stack: TestStack;
let backend: RequestBackend;
let visitId: string;

beforeEach(async () => {
  stack = await openTestStack();
  visitId = dataOf(await sendAs(stack)('investor', 'visits.book', validBooking())).id;
  visitStores.details.setState(visitStores.details.getInitialState(), true);
  backend = serveTaroRequests(stack, { openid: demoOpenid('staff') });
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
  setTaroRoute('/subpackages/staff/pages/visit/index', { id: visitId });
});
afterEach(() => {
  clearTaroRoute();
  backend.restore();
  jest.restoreAllMocks();
  stack.close();
});

const investorInbox = async () =>
  (await stack.store.find('notifications', { where: { recipientUserId: 'u-demo-investor' }, limit: 20 })).items;

describe('staff visit page', () => {
  test('shows the full phone to the host and the routing reason as an internal line, then confirms', async () => {
    render(<StaffVisitPage />);
    await screen.findByText('待确认');
    expect(screen.getByText('李四 13912345678')).toBeTruthy();
    expect(screen.getByText(/刘专员（演示）休假，由AB岗张专员（演示）代岗/)).toBeTruthy();
    fireEvent.click(screen.getByText('确认接待'));
    await screen.findByText('已确认');
    expect((await stack.store.get('visits', visitId))?.status).toBe('confirmed');
    expect((await investorInbox()).map((m) => m.title)).toContain('考察预约已确认');
  });

  test('declines with a reason the investor then reads', async () => {
    render(<StaffVisitPage />);
    await screen.findByText('待确认');
    fireEvent.click(screen.getByText('婉拒'));
    const input = await waitFor(() => {
      const inner = document.querySelector('.staff-visit__step input');
      if (!(inner instanceof HTMLInputElement)) throw new Error('no reason input yet');
      return inner;
    });
    fireEvent.input(input, { target: { value: '当天园区封闭施工' } });
    fireEvent.click(screen.getByText('确认婉拒'));
    await screen.findByText('未能接待');
    expect((await stack.store.get('visits', visitId))?.closingReason).toBe('当天园区封闭施工');
    expect((await investorInbox()).find((m) => m.title === '考察预约未能安排')?.body).toContain('当天园区封闭施工');
  });

  test('a reason that is too short is refused with the server’s message and nothing changes', async () => {
    render(<StaffVisitPage />);
    await screen.findByText('待确认');
    fireEvent.click(screen.getByText('婉拒'));
    fireEvent.click(await screen.findByText('确认婉拒'));
    await screen.findByText('请填写原因（至少2个字）');
    expect((await stack.store.get('visits', visitId))?.status).toBe('pending');
  });
});
