import { errorOf, sendAs, snapshotAll, type As } from './dispatch-kit';
import type { ActionName } from '@core/app/contract';
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

/** Bad input: INVALID_INPUT on `field` with a Chinese message, and nothing written (every collection as before). */
export const expectRefusedInput = async (
  kit: TestKit,
  as: As,
  action: ActionName,
  input: Record<string, unknown>,
  field: string,
): Promise<void> => {
  const before = await snapshotAll(kit.stack);
  const error = errorOf(await kit.send(as, action, input));
  expect(error).toMatchObject({ code: 'INVALID_INPUT', field });
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await snapshotAll(kit.stack)).toEqual(before);
};
