import Taro from '@tarojs/taro';
import { serveTaroRequests, type RequestBackend } from './taro-request-backend';
import { openTestStack, type TestStack } from './temp-sqlite-store';

/**
 * A public catalogue page's test against the real back end: one seeded stack for the whole file (these pages
 * only read), and per test the app's stores reset by `resetStores`, a fresh request backend and a stubbed
 * navigateTo; every spy is undone after each test.
 */
export const setUpCatalogPage = (resetStores: () => void): { readonly backend: RequestBackend } => {
  let stack: TestStack;
  let backend: RequestBackend | null = null;
  beforeAll(async () => {
    stack = await openTestStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    resetStores();
    backend = serveTaroRequests(stack);
    jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
  });
  afterEach(() => jest.restoreAllMocks());
  return {
    get backend() {
      if (!backend) throw new Error('setUpCatalogPage: no test is running');
      return backend;
    },
  };
};
