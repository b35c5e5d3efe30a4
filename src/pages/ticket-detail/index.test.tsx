/** @jest-environment jsdom */
import Taro from '@tarojs/taro';
import { clearTaroRoute, setTaroRoute } from '@tests/support/taro-route';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { demoOpenid } from '@core/app/seed';
import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { FIXED_NOW, openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';

import { serveTaroRequests } from '@tests/support/taro-request-backend';
import { validTicket } from '@tests/support/ticket-fixture';
import { ticketStores } from '../../stores/ticket-stores';
import TicketDetailPage from './';

/** The enterprise's ticket page against the real back end, as the enterprise persona. */
let stack: TestStack;
let send: ReturnType<typeof sendAs>;
let ticketId: string;

beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  ticketId = dataOf(await send('enterprise', 'tickets.create', validTicket())).id;
  ticketStores.details.setState(ticketStores.details.getInitialState(), true);
  serveTaroRequests(stack, { openid: demoOpenid('enterprise') });
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
});
afterEach(() => {
  clearTaroRoute();
  jest.restoreAllMocks();
  stack.close();
});

const openPage = () => {
  setTaroRoute('/pages/ticket-detail/index', { id: ticketId });
  return render(<TicketDetailPage />);
};

describe('ticket detail page (enterprise)', () => {
  test('before acceptance: who owns it, the public timeline only, and cancel', async () => {
    dataOf(await send('staff', 'tickets.note', { ticketId, text: '内部：先核对用地' }));
    openPage();
    await screen.findByText('待受理');
    expect(screen.getByText('张专员（演示）（招商服务专员）')).toBeTruthy();
    expect(screen.getByText('已分派专人办理：张专员（演示）（招商服务专员）')).toBeTruthy();
    expect(screen.queryByText('内部：先核对用地')).toBeNull();
    expect(screen.queryByText(/AB岗/)).toBeNull();
    expect(document.querySelector('.ticket-detail__cancel')?.textContent).toBe('取消申请');
    expect(screen.queryByText('请补充材料')).toBeNull();
  });

  test('asked for materials: the list, a supplement that moves it back to 办理中, and no cancel', async () => {
    dataOf(await send('staff', 'tickets.accept', { ticketId }));
    dataOf(await send('staff', 'tickets.requestMaterials', { ticketId, materials: ['环境影响报告表'] }));
    openPage();
    await screen.findByText('1. 环境影响报告表');
    expect(document.querySelector('.ticket-detail__cancel')).toBeNull();
    fireEvent.click(screen.getByText('提交补充材料'));
    // Nothing written yet: text or a file is required, and the server says so next to the form.
    await screen.findByText('请填写说明或上传材料');
    const box = document.querySelector('textarea');
    if (!box) throw new Error('no textarea');
    fireEvent.input(box, { target: { value: '报告表已盖章，今天送到窗口' } });
    fireEvent.click(screen.getByText('提交补充材料'));
    await screen.findByText('办理中');
    await waitFor(() => expect(screen.getByText('补充材料：报告表已盖章，今天送到窗口')).toBeTruthy());
  });

  test('resolved: the deadlines, then 确认办结 with a rating of 2 opens a 整改 for the leader', async () => {
    dataOf(await send('staff', 'tickets.accept', { ticketId }));
    dataOf(await send('staff', 'tickets.resolve', { ticketId, summary: '环评批复已取得' }));
    openPage();
    await screen.findByText('未解决，退回办理');
    expect(document.querySelector('.sla-panel')?.textContent).toContain('按时完成');
    const confirm = () => {
      const button = document.querySelector('.form__submit');
      if (!button) throw new Error('no 确认办结 button');
      fireEvent.click(button);
    };
    confirm();
    await screen.findByText('请选择评价');
    fireEvent.click(screen.getByText('不满意'));
    confirm();
    await screen.findByText('已办结');
    await waitFor(() => expect(screen.getByText('企业确认办结，评价：不满意（2）')).toBeTruthy());
    expect((await stack.store.find('follow_ups', { limit: 10 })).items).toHaveLength(1);
  });

  test('resolved: 未解决 sends it back with the reason', async () => {
    dataOf(await send('staff', 'tickets.accept', { ticketId }));
    dataOf(await send('staff', 'tickets.resolve', { ticketId, summary: '环评批复已取得' }));
    openPage();
    await screen.findByText('未解决，退回办理');
    // Taro's textarea element renders its inner box a moment after the page: wait for both (rating comment, reason).
    const reasonBox = await waitFor(() => {
      const boxes = document.querySelectorAll('textarea');
      const last = boxes.length === 2 ? boxes[1] : undefined;
      if (!last) throw new Error('reason box not rendered yet');
      return last;
    });
    fireEvent.input(reasonBox, { target: { value: '批复文件未收到' } });
    fireEvent.click(screen.getByText('未解决，退回办理'));
    await screen.findByText('办理中');
    expect(screen.getByText('重新打开：批复文件未收到')).toBeTruthy();
  });

  test('a long history: the latest lines show, 加载更早的记录 brings the earlier ones down to the first', async () => {
    // 120 public lines after the filing, one a second: three pages of 50.
    for (let i = 0; i < 120; i += 1) {
      await stack.store.insert('ticket_events', {
        ...{ id: `h-${String(i).padStart(3, '0')}`, version: 1, ticketId, at: FIXED_NOW + (i + 1) * 1000, seq: 0 },
        ...{
          kind: 'reply',
          actorUserId: 'u-demo-staff',
          actorName: '张专员（演示）',
          isInternal: false,
          attachments: [],
        },
        text: `第${i + 1}条沟通记录`,
      });
    }
    openPage();
    await screen.findByText('第120条沟通记录');
    expect(screen.queryByText('第1条沟通记录')).toBeNull();
    fireEvent.click(screen.getByText('加载更早的记录'));
    await screen.findByText('第50条沟通记录');
    fireEvent.click(screen.getByText('加载更早的记录'));
    await screen.findByText('第1条沟通记录');
    expect(screen.getByText('已分派专人办理：张专员（演示）（招商服务专员）')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('加载更早的记录')).toBeNull());
    expect(document.querySelectorAll('.ticket-timeline__line')).toHaveLength(122);
    // 120 inserts and three rendered pages: 5 s is too tight on a loaded 2-core machine.
  }, 20_000);
});
