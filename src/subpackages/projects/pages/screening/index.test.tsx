/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import Taro from '@tarojs/taro';
import { clearTaroRoute, setTaroRoute } from '@tests/support/taro-route';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { demoOpenid } from '@core/app/seed';
import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { completedVisit } from '@tests/support/project-fixture';
import { serveTaroRequests, type RequestBackend } from '@tests/support/taro-request-backend';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import ScreeningPage from './';

// Twelve items answered by taps on a real stack: slower than the usual page test.
/** The screening form against the real back end, as 赵主任 on a lead 张专员 brought in. */
let stack: TestStack;
let backend: RequestBackend;
let leadId = '';

beforeEach(async () => {
  stack = await openTestStack();
  const send = sendAs(stack);
  const visitId = await completedVisit(stack, send);
  leadId = dataOf(await send('staff', 'projects.leadFromVisit', { visitId })).id;
  backend = serveTaroRequests(stack, { openid: demoOpenid('leader') });
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
  setTaroRoute('/subpackages/projects/pages/screening/index', { kind: 'lead', id: leadId });
});
afterEach(() => {
  clearTaroRoute();
  backend.restore();
  jest.restoreAllMocks();
  stack.close();
});

const answer = (itemText: string, label: string) =>
  fireEvent.click(within(document.querySelector(`[data-item="${itemText}"]`) as HTMLElement).getByText(label));

describe('绿色招商筛查 page', () => {
  test('shows each problem next to its item, keeps the draft, and sends an unverified item to the 评审会', async () => {
    render(<ScreeningPage />);
    await screen.findByText('检查表（12项）');
    expect(screen.getAllByText('待区办核定')).toHaveLength(12);
    const items = (await stack.store.find('screening_items', { orderBy: { field: 'order', dir: 'asc' }, limit: 100 }))
      .items;
    // Everything 符合 except the evidence items (待核实: no file to upload here) and one left out.
    for (const item of items.slice(1)) answer(item.text, item.needsEvidence ? '待核实' : '符合');
    expect(screen.getByText('按当前填写，结论为：提交评审会')).toBeTruthy();
    const stored = Taro.getStorageSync(`screening-draft:lead:${leadId}`) as { answers: Record<string, unknown> };
    expect(Object.keys(stored.answers)).toHaveLength(11);

    fireEvent.click(screen.getByText('提交筛查结果'));
    await screen.findByText('请选择符合、不符合或待核实');
    expect(await stack.store.get('screenings', `scr-${leadId}`)).toBeNull();

    answer(items[0]!.text, '符合');
    fireEvent.click(screen.getByText('提交筛查结果'));
    await screen.findByText('筛查结论：提交评审会');
    expect((await stack.store.get('screenings', `scr-${leadId}`))?.outcome).toBe('review');
    expect(Taro.getStorageSync(`screening-draft:lead:${leadId}`)).toBeFalsy();

    // The 评审会 part: the minutes are required.
    fireEvent.click(screen.getByText('通过'));
    fireEvent.click(screen.getByText('录入评审会结论'));
    await screen.findByText('请上传评审会纪要');
    expect(screen.getByText('请按 YYYY-MM-DD 填写评审会日期')).toBeTruthy();
  }, 30_000);

  test('a veto item answered 不符合 rejects the lead', async () => {
    render(<ScreeningPage />);
    await screen.findByText('检查表（12项）');
    const items = (await stack.store.find('screening_items', { orderBy: { field: 'order', dir: 'asc' }, limit: 100 }))
      .items;
    for (const item of items) answer(item.text, item.text === '不属于重污染项目' ? '不符合' : '待核实');
    expect(screen.getByText('按当前填写，结论为：不予引进')).toBeTruthy();
    fireEvent.click(screen.getByText('提交筛查结果'));
    await screen.findByText('筛查结论：不予引进');
    expect((await stack.store.get('screenings', `scr-${leadId}`))?.outcome).toBe('rejected');
  }, 30_000);
});
