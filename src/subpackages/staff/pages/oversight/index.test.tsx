/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { demoOpenid } from '@core/app/seed';
import { escalateDueTickets } from '@core/sla/escalate-tickets';
import { dataOf, sendAs, setNow } from '@tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { serveTaroRequests } from '@tests/support/taro-request-backend';
import { validTicket } from '@tests/support/ticket-fixture';
import { oversightStores } from '@/stores/oversight-stores';
import OversightPage from './';

/** 督办与整改 against the real back end, as the leader persona. */
let stack: TestStack;
let send: ReturnType<typeof sendAs>;

beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  setNow(stack, utcMsAt('2026-11-26', 9, 0));
  // One ticket left untouched until overdue, one resolved and rated 非常不满意.
  dataOf(await send('enterprise', 'tickets.create', validTicket()));
  const { id } = dataOf(await send('enterprise', 'tickets.create', validTicket({ description: '第二项申请' })));
  dataOf(await send('staff', 'tickets.accept', { ticketId: id }));
  dataOf(await send('staff', 'tickets.resolve', { ticketId: id, summary: '已办理完成' }));
  dataOf(await send('enterprise', 'tickets.close', { ticketId: id, rating: 1, comment: '等待太久' }));
  setNow(stack, utcMsAt('2026-12-28', 9, 0));
  // The page dates the 回访 from the phone's clock: it reads the back end's instant, not today's.
  jest.spyOn(Date, 'now').mockReturnValue(utcMsAt('2026-12-28', 9, 0));
  await escalateDueTickets(stack.deps);
  oversightStores.supervision.setState(oversightStores.supervision.getInitialState(), true);
  oversightStores.followUps.setState(oversightStores.followUps.getInitialState(), true);
  serveTaroRequests(stack, { openid: demoOpenid('leader') });
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
});
afterEach(() => {
  jest.restoreAllMocks();
  stack.close();
});

describe('督办与整改 page (leader)', () => {
  test('lists the 督办, then the 整改, which closes only after a recorded 回访', async () => {
    render(<OversightPage />);
    // Never accepted: both its response and its resolution deadline were missed, one 督办 each.
    await waitFor(() => expect(document.querySelectorAll('.oversight-card')).toHaveLength(2));
    expect(screen.getByText(/首次响应时限/)).toBeTruthy();
    expect(screen.getByText(/办结时限/)).toBeTruthy();
    expect(document.querySelector('.oversight-card__tag')?.textContent).toBe('督办');
    fireEvent.click(screen.getByText('待整改'));
    await screen.findByText('非常不满意（1）');
    expect(screen.getByText('评价：等待太久')).toBeTruthy();
    fireEvent.click(screen.getByText('记录回访'));
    await screen.findByText('请填写回访对象');
    // Taro's input and textarea elements render their inner boxes a moment after the page.
    const [input, box] = await waitFor(() => {
      const found = [document.querySelector('input'), document.querySelector('textarea')] as const;
      if (!found[0] || !found[1]) throw new Error('form not rendered yet');
      return [found[0], found[1]] as const;
    });
    fireEvent.input(input, { target: { value: '王经理' } });
    fireEvent.input(box, { target: { value: '电话回访，已致歉并说明加急办理' } });
    fireEvent.click(screen.getByText('记录回访'));
    await screen.findByText('关闭整改');
    const summary = await waitFor(() => {
      const found = document.querySelector('textarea');
      if (!found) throw new Error('summary box not rendered yet');
      return found;
    });
    fireEvent.input(summary, { target: { value: '已优化材料预审流程' } });
    fireEvent.click(screen.getByText('关闭整改'));
    await screen.findByText('暂无待整改事项');
  });
});
