import { sendAs } from './dispatch-kit';
import { openTestStack, type TestStack } from './temp-sqlite-store';

export interface TestKit {
  stack: TestStack;
  send: ReturnType<typeof sendAs>;
}

/**
 * The set-up every handler and access test shares: before each test a fresh stack (seeded unless
 * `open.seed` is false, FIXED_NOW clock) and a sender, then the file's own `setup`; closed after each
 * test. Tests read `kit.stack` and `kit.send`.
 */
export const useTestStack = (setup?: () => Promise<void>, open?: Parameters<typeof openTestStack>[0]): TestKit => {
  const kit = {} as TestKit;
  beforeEach(async () => {
    kit.stack = await openTestStack(open);
    kit.send = sendAs(kit.stack);
    await setup?.();
  });
  afterEach(() => kit.stack.close());
  return kit;
};
