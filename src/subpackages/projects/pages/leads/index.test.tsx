/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { dataOf, sendAs, snapshotAll } from '@tests/support/dispatch-kit';
import { setUpPageTest } from '@tests/support/page-test';
import { completedVisit } from '@tests/support/project-fixture';
import LeadsPage from './';

/** 线索 against the real back end, as 张专员: the investor persona's completed visit, turned into a lead. */
const page = setUpPageTest('/subpackages/projects/pages/leads/index');
let send: ReturnType<typeof sendAs>;

beforeEach(async () => {
  send = sendAs(page.stack);
  const visitId = await completedVisit(page.stack, send);
  dataOf(await send('staff', 'projects.leadFromVisit', { visitId }));
  page.serveAs('staff');
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' });
});

describe('线索 page', () => {
  test('shows the duplicate (same company name) before converting, writes nothing until told, then links to it', async () => {
    const existing = dataOf(
      await send('staff', 'projects.create', { name: '同名企业的另一个项目', enterpriseName: '北京某某科技有限公司' }),
    );
    await page.open(<LeadsPage />);
    await screen.findByText('北京某某科技有限公司');
    fireEvent.click(screen.getByText('转为项目…'));
    const before = await snapshotAll(page.stack);
    fireEvent.click(screen.getByText('转为项目'));

    const match = await screen.findByRole('alert');
    expect(match.textContent).toContain(
      '发现可能重复的项目：同名企业的另一个项目（北京某某科技有限公司，企业名称完全相同）',
    );
    expect(await snapshotAll(page.stack)).toEqual({ ...before, requests: expect.anything() });
    expect(Taro.redirectTo).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('关联到该项目'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: `/subpackages/projects/pages/project/index?id=${existing.id}`,
      }),
    );
    expect((await page.stack.store.get('projects', existing.id))!.ownerUserId).toBe('u-demo-investor');
  });
});
