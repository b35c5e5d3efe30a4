import Taro from '@tarojs/taro';

/** Small values kept on the device (drafts): survives leaving the page and closing the app. */
export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export const taroStorage: KeyValueStorage = {
  get: (key) => {
    try {
      return Taro.getStorageSync(key) as unknown;
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      Taro.setStorageSync(key, value);
    } catch {
      // Storage full or denied: the draft lives on in memory for this visit of the page.
    }
  },
  remove: (key) => {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // Nothing to clean up.
    }
  },
};
