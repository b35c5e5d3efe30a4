/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DemoPersona } from '@core/app/seed';
import type { ProjectView } from '@core/projects/project-view';
import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { setUpPageTest } from '@tests/support/page-test';
import { SIGNED_PROJECT_ID } from '@tests/support/project-fixture';
import { projectStores } from '@/stores/project-stores';
import ProjectPage from './';

// A committed plan of nine nodes drawn twice over: slower than the usual page test.
const SLOW_MS = 20_000;

/** The project page of 北京德知航创 against the real back end, with its default plan committed (target 2027-12-31). */
const page = setUpPageTest('/subpackages/projects/pages/project/index', () => ({ id: SIGNED_PROJECT_ID }));
let send: ReturnType<typeof sendAs>;
let committed: ProjectView;

beforeEach(async () => {
  send = sendAs(page.stack);
  committed = dataOf(
    await send('staff', 'projects.commitPlan', { projectId: SIGNED_PROJECT_ID, target: '2027-12-31' }),
  );
  projectStores.details.setState(projectStores.details.getInitialState(), true);
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
});

const openAs = async (as: DemoPersona) => {
  page.serveAs(as);
  await page.open(<ProjectPage />);
  await screen.findByText('北京德知航创科技有限公司入驻项目');
};
const segmentNames = () =>
  within(screen.getByRole('list', { name: '计划节点进度' }))
    .getAllByRole('listitem')
    .map((s) => s.getAttribute('aria-label'));
const dueKeys = () => Array.from(document.querySelectorAll('[data-due]'), (row) => row.getAttribute('data-due'));
const FULL_PHONE = /1\d{10}/;
const MASKED_PHONE = /1\d{2}\*{4}\d{4}/;

describe('project page', () => {
  test(
    'staff: the rainbow bar names every node with its state and latest finish; the next three due nodes follow',
    async () => {
      await openAs('staff');
      const nodes = committed.plan!.nodes;
      expect(segmentNames()).toEqual(nodes.map((n) => `${n.name}：${n.statusText}，最迟${n.latestFinish}完成`));
      expect(segmentNames()[0]).toMatch(/^立项备案：.+，最迟2027-\d{2}-\d{2}完成$/);
      expect(dueKeys()).toEqual(committed.plan!.nextDue);
      expect(dueKeys()).toEqual(['filing', 'land', 'planning']);
      const first = document.querySelector('[data-due="filing"]') as HTMLElement;
      expect(within(first).getByText(`立项备案 · 最迟${nodes[0]!.latestFinish}完成`)).toBeTruthy();
      // Staff see whole phones and the internal timeline.
      expect(document.body.textContent).toMatch(FULL_PHONE);
      expect(screen.getByText('进度（含内部记录）')).toBeTruthy();
      expect(screen.queryByText('确认已完成（材料已提交）')).toBeNull();
    },
    SLOW_MS,
  );

  test(
    'enterprise: masked phones, no internal notes, and it confirms the node that waits on it',
    async () => {
      // An internal line: staff changed the record.
      const edited = dataOf(await send('staff', 'projects.edit', { projectId: SIGNED_PROJECT_ID, landMu: 120 }));
      const internal = edited.timeline.filter((l) => l.isInternal).map((l) => l.text);
      expect(internal.length).toBeGreaterThan(0);
      await openAs('enterprise');
      const shown = document.body.textContent ?? '';
      expect(shown).toMatch(MASKED_PHONE);
      expect(shown).not.toMatch(FULL_PHONE);
      for (const text of internal) expect(shown).not.toContain(text);
      expect(screen.queryByText('统一社会信用代码')).toBeNull();
      expect(screen.queryByText('推进阶段或终止')).toBeNull();

      // Only 投产 (试生产) waits on the enterprise.
      const confirm = screen.getByText('确认已完成（材料已提交）');
      expect(confirm.closest('[data-node]')?.getAttribute('data-node')).toBe('production');
      fireEvent.click(confirm);
      await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已确认', icon: 'success' }));
      const plan = await page.stack.store.get('project_plans', SIGNED_PROJECT_ID);
      expect(plan!.nodes.find((n) => n.key === 'production')?.doneAt).not.toBeNull();
      await waitFor(() => expect(segmentNames().at(-1)).toMatch(/^投产：已完成/));
      expect(screen.queryByText('确认已完成（材料已提交）')).toBeNull();
    },
    SLOW_MS,
  );
});
