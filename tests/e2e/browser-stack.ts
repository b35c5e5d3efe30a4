import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startLocalStack, type LocalStack, type LocalStackOptions } from './local-stack';
import { openPhone, type PhoneSession } from './phone-page';

export interface BrowserStackOptions extends LocalStackOptions {
  /** Where the file's screenshots go: made before anything starts. */
  shotsDir?: string;
  /** Runs once the phone page is open, before the first test (a pinned browser clock, a listener, a scene). */
  setUp?: (scene: BrowserStack) => Promise<void> | void;
}

/** What a browser test works with, read through getters once `beforeAll` has started them. */
export interface BrowserStack {
  readonly stack: LocalStack;
  readonly baseUrl: string;
  readonly page: Page;
}

/**
 * The one set-up of every browser test file: the local stack with its clock pinned to `clockStart`,
 * Debian's Chromium with a 375×812 phone page, both stopped after the file's last test.
 */
export const useBrowserStack = ({ shotsDir, setUp, ...stackOptions }: BrowserStackOptions): BrowserStack => {
  let stack: LocalStack | undefined;
  let phone: PhoneSession | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser stack is used before beforeAll started it');
    return value;
  };
  const scene: BrowserStack = {
    get stack() {
      return started(stack);
    },
    get baseUrl() {
      return started(stack).baseUrl;
    },
    get page() {
      return started(phone).page;
    },
  };
  beforeAll(async () => {
    if (shotsDir) mkdirSync(shotsDir, { recursive: true });
    stack = await startLocalStack(stackOptions);
    phone = await openPhone();
    await setUp?.(scene);
  });
  afterAll(async () => {
    await phone?.browser.close();
    await stack?.stop();
  });
  return scene;
};
