import Taro from '@tarojs/taro';

const KEY = 'zd_session_token';

/** The local stack's signed session (H5 only; in WeChat identity is the platform's OPENID). */
export const sessionToken = {
  get: (): string | null => {
    const value: unknown = Taro.getStorageSync(KEY);
    return typeof value === 'string' && value ? value : null;
  },
  set: (token: string): void => Taro.setStorageSync(KEY, token),
  clear: (): void => Taro.removeStorageSync(KEY),
};
