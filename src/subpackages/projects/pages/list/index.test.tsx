/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import '@tarojs/taro';
import { fireEvent, screen } from '@testing-library/react';
import { setUpPageTest } from '@tests/support/page-test';
import type { RequestBackend } from '@tests/support/taro-request-backend';
import { projectStores } from '@/stores/project-stores';
import ProjectListPage from './';

/** 项目管理 against the real back end over the seed, as 张专员. */
const page = setUpPageTest('/subpackages/projects/pages/list/index');
let backend: RequestBackend;

beforeEach(() => {
  backend = page.serveAs('staff');
  // The page reads the app's module-level store: start each test from a fresh app.
  projectStores.list.setState(projectStores.list.getInitialState(), true);
});

describe('项目管理 list by stage', () => {
  test('shows 加载中 until the list answers, then every project; a stage filter asks for that stage only', async () => {
    const release = backend.holdNext('projects.list');
    await page.open(<ProjectListPage />);
    expect(await screen.findByText('加载中…')).toBeTruthy();
    expect(screen.queryByText('精密传动部件智能制造项目（演示）')).toBeNull();
    await release();
    await screen.findByText('精密传动部件智能制造项目（演示）');
    expect(screen.getByText('5G通讯基站智能充电桩项目')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: '开工' }));
    await screen.findByText('精密传动部件智能制造项目（演示）');
    expect(screen.queryByText('5G通讯基站智能充电桩项目')).toBeNull();
    expect(backend.seen.filter((r) => r.action === 'projects.list').at(-1)?.input).toMatchObject({
      status: 'construction',
    });
    expect(screen.getByRole('radio', { name: '开工' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: '全部' }).getAttribute('aria-checked')).toBe('false');
  });

  test('says so when a stage has no project', async () => {
    await page.open(<ProjectListPage />);
    await screen.findByText('精密传动部件智能制造项目（演示）');
    fireEvent.click(screen.getByRole('radio', { name: '投产' }));
    expect(await screen.findByText('没有处于“投产”的项目')).toBeTruthy();
    expect(screen.queryByText('精密传动部件智能制造项目（演示）')).toBeNull();
  });

  test('shows the failure with 重试, which loads the list', async () => {
    backend.failNext('projects.list', { code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后再试' });
    await page.open(<ProjectListPage />);
    expect(await screen.findByText('加载失败')).toBeTruthy();
    expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    await screen.findByText('精密传动部件智能制造项目（演示）');
    expect(screen.queryByText('加载失败')).toBeNull();
  });
});
