import { act } from '@testing-library/react';
import { getPageInstance, HOOKS_APP_ID, removePageInstance } from '@tarojs/runtime';

type Lifecycle = ((...args: unknown[]) => unknown) | ((...args: unknown[]) => unknown)[] | undefined;

/**
 * Page tests: the platform shows the rendered page, as Taro does when it opens or returns to it:
 * every `useDidShow` callback runs. Outside a Taro page the hooks register on the app's instance.
 */
export const showTaroPage = async (): Promise<void> => {
  const instance = getPageInstance(HOOKS_APP_ID) as { componentDidShow?: Lifecycle } | undefined;
  const hooks = instance?.componentDidShow;
  const callbacks = Array.isArray(hooks) ? hooks : hooks ? [hooks] : [];
  if (callbacks.length === 0) throw new Error('no useDidShow on the rendered page');
  await act(async () => {
    for (const callback of callbacks) callback();
    await Promise.resolve();
  });
};

/** After each test: the hooks of the unmounted page are forgotten. */
export const forgetTaroPage = (): void => removePageInstance(HOOKS_APP_ID);
