/**
 * Just enough of @tarojs/taro for store and service tests under jest (mapped in jest.config.js):
 * an in-memory storage, and network calls that fail so a test must pass in a fake transport.
 */
const storage = new Map<string, unknown>();

const Taro = {
  getStorageSync: (key: string): unknown => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown): void => void storage.set(key, value),
  removeStorageSync: (key: string): void => void storage.delete(key),
  clearStorageSync: (): void => storage.clear(),
  request: (): Promise<never> => Promise.reject(new Error('no network in tests')),
  cloud: { callFunction: (): Promise<never> => Promise.reject(new Error('no cloud in tests')) },
  requestSubscribeMessage: (): Promise<never> => Promise.reject(new Error('no WeChat in tests')),
};

export default Taro;
