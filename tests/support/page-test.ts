import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { demoOpenid, type DemoPersona } from '@core/app/seed';
import { serveTaroRequests, type RequestBackend } from './taro-request-backend';
import { forgetTaroPage, showTaroPage } from './taro-page-show';
import { clearTaroRoute, setTaroRoute } from './taro-route';
import { openTestStack, type TestStack } from './temp-sqlite-store';

export interface PageTest {
  /** The seeded stack of the running test. */
  readonly stack: TestStack;
  /** Who the back end answers as, from here on (the signed session's persona). */
  serveAs(as: DemoPersona): RequestBackend;
  /** Renders the page and, unless told not to, shows it (its useDidShow loads run). */
  open(page: ReactElement, options?: { didShow?: boolean }): Promise<void>;
}

/**
 * A page test against the real back end: each test gets a freshly seeded stack, the page's route
 * (`params` read when the test starts), and everything undone after it (route, hooks, requests, spies).
 * Call it at the top of the file, before the file's own beforeEach (which may then use `stack`).
 */
export const setUpPageTest = (path: string, params: () => Record<string, string> = () => ({})): PageTest => {
  let stack: TestStack | null = null;
  let backend: RequestBackend | null = null;
  beforeEach(async () => {
    stack = await openTestStack();
    setTaroRoute(path, params());
  });
  afterEach(() => {
    forgetTaroPage();
    clearTaroRoute();
    backend?.restore();
    backend = null;
    jest.restoreAllMocks();
    stack?.close();
  });
  return {
    get stack() {
      if (!stack) throw new Error('setUpPageTest: no test is running');
      return stack;
    },
    serveAs(as) {
      backend?.restore();
      backend = serveTaroRequests(this.stack, { openid: demoOpenid(as) });
      return backend;
    },
    async open(page, { didShow = true } = {}) {
      render(page);
      if (didShow) await showTaroPage();
    },
  };
};
