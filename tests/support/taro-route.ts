import { Current } from '@tarojs/runtime';

/** Page tests: the page is opened at `path` with these query parameters, as Taro's router would open it. */
export const setTaroRoute = (path: string, params: Record<string, string>) => {
  Current.router = { params, path, $taroPath: path, onReady: '', onHide: '', onShow: '' };
};

/** After each test: no page is open. */
export const clearTaroRoute = () => {
  Current.router = null;
};
