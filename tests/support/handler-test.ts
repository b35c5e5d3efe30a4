import { sendAs } from './dispatch-kit';
import { openTestStack, type TestStack } from './temp-sqlite-store';

export type Send = ReturnType<typeof sendAs>;

/**
 * Handler tests: each test of the file runs on a freshly seeded stack, closed after it. `use`
 * receives the stack and a sender over it before the test (and before the file's own beforeEach).
 */
export const eachTestOnStack = (use: (stack: TestStack, send: Send) => void): void => {
  let stack: TestStack | null = null;
  beforeEach(async () => {
    stack = await openTestStack();
    use(stack, sendAs(stack));
  });
  afterEach(() => {
    stack?.close();
    stack = null;
  });
};
