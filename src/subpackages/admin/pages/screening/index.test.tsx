/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import '@tarojs/taro';
import { clearTaroRoute, setTaroRoute } from '@tests/support/taro-route';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { demoOpenid } from '@core/app/seed';
import { serveTaroRequests, type RequestBackend } from '@tests/support/taro-request-backend';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import AdminScreeningPage from './';

/** 筛查检查表 against the real back end, as the office (admin persona). */
let stack: TestStack;
let backend: RequestBackend;

beforeEach(async () => {
  stack = await openTestStack();
  backend = serveTaroRequests(stack, { openid: demoOpenid('admin') });
  setTaroRoute('/subpackages/admin/pages/screening/index', {});
});
afterEach(() => {
  clearTaroRoute();
  backend.restore();
  stack.close();
});

const input = (name: string) =>
  document.querySelector(
    `[name="${name}"] input, input[name="${name}"], textarea[name="${name}"], [name="${name}"] textarea`,
  ) as HTMLInputElement;

describe('筛查检查表 page', () => {
  test('lists the seeded items as 待区办核定, refuses an empty item next to its field, then adds one', async () => {
    render(<AdminScreeningPage />);
    await screen.findByText('1. 不属于高耗水项目');
    expect(screen.getAllByText(/待区办核定$/).length).toBe(12);

    fireEvent.click(screen.getByText('新增检查项'));
    fireEvent.click(screen.getByText('保存检查项'));
    await screen.findByText('请填写检查项内容');
    expect(await stack.store.count('screening_items')).toBe(12);

    fireEvent.input(input('text'), { target: { value: '不属于高污染燃料禁燃区内的燃煤项目' } });
    fireEvent.input(input('category'), { target: { value: '环保' } });
    fireEvent.input(input('order'), { target: { value: '13' } });
    fireEvent.click(screen.getByText('保存检查项'));
    await screen.findByText('13. 不属于高污染燃料禁燃区内的燃煤项目');
    await waitFor(async () => expect(await stack.store.count('screening_items')).toBe(13));
  }, 30_000);
});
