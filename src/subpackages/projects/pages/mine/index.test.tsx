/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import Taro from '@tarojs/taro';
import { fireEvent, screen } from '@testing-library/react';
import type { DemoPersona } from '@core/app/seed';
import { SIGNED_PROJECT_ID } from '@tests/support/project-fixture';
import { setUpPageTest } from '@tests/support/page-test';
import { projectStores } from '@/stores/project-stores';
import MyProjectsPage from './';

/** 我的项目 against the real back end over the seed. */
const page = setUpPageTest('/subpackages/projects/pages/mine/index');

beforeEach(() => {
  projectStores.mine.setState(projectStores.mine.getInitialState(), true);
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
});

const openAs = async (as: DemoPersona) => {
  page.serveAs(as);
  await page.open(<MyProjectsPage />);
};

describe('我的项目', () => {
  test('the enterprise contact sees its own project only, and opens it', async () => {
    await openAs('enterprise');
    await screen.findByText('北京德知航创科技有限公司入驻项目');
    expect(document.querySelectorAll('[data-project]')).toHaveLength(1);
    expect(screen.queryByText('精密传动部件智能制造项目（演示）')).toBeNull();
    fireEvent.click(screen.getByText('北京德知航创科技有限公司入驻项目'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/subpackages/projects/pages/project/index?id=${SIGNED_PROJECT_ID}`,
    });
  });

  test('an investor without a project is told when it will appear', async () => {
    await openAs('investor');
    expect(await screen.findByText('暂无项目。签约落地后，项目进度会显示在这里。')).toBeTruthy();
  });
});
