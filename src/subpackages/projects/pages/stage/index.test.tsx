/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { snapshotAll } from '@tests/support/dispatch-kit';
import { setUpPageTest } from '@tests/support/page-test';
import { SIGNED_PROJECT_ID } from '@tests/support/project-fixture';
import ProjectStagePage from './';

/** 推进阶段 of the seeded 签约 project (next: 开工) against the real back end, as 张专员; today is 2026-11-27. */
const page = setUpPageTest('/subpackages/projects/pages/stage/index', () => ({ id: SIGNED_PROJECT_ID }));

beforeEach(() => {
  page.serveAs('staff');
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
  jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' });
});

/** The form row of one draft field (FormField's anchor) and its text input. */
const row = (field: string) => document.getElementById(`field-${field}`) as HTMLElement;
const errorText = (field: string) => row(field).querySelector('.form-field__error')?.textContent ?? null;
const type = (field: string, value: string) =>
  fireEvent.input(row(field).querySelector('input') as HTMLInputElement, { target: { value } });

describe('推进阶段 form', () => {
  test('shows each problem next to its field, the server’s too, writing nothing; then moves to 开工', async () => {
    await page.open(<ProjectStagePage />, { didShow: false });
    await screen.findByText('推进到“开工”', undefined, { timeout: 5000 });
    const before = await snapshotAll(page.stack);

    fireEvent.click(screen.getByText('确认推进'));
    await waitFor(() => expect(errorText('date')).toBe('日期格式不正确'));
    expect(errorText('permitNo')).toBe('请填写施工许可证编号或上传现场照片');
    expect(errorText('sitePhoto')).toBeNull();

    // A date after today passes the form and is refused by the server, on the same field.
    type('date', '2026-12-25');
    type('permitNo', '371426202611270001');
    fireEvent.click(screen.getByText('确认推进'));
    await waitFor(() => expect(errorText('date')).toBe('日期不能晚于今天'));
    expect(errorText('permitNo')).toBeNull();
    expect(await snapshotAll(page.stack)).toEqual({ ...before, requests: expect.anything() });
    expect((await page.stack.store.get('projects', SIGNED_PROJECT_ID))!.stage).toBe('signed');

    type('date', '2026-11-27');
    fireEvent.click(screen.getByText('确认推进'));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已推进到开工', icon: 'success' }));
    expect((await page.stack.store.get('projects', SIGNED_PROJECT_ID))!.stage).toBe('construction');
  });
});
