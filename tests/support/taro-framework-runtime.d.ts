// Types for the untyped runtime of @tarojs/plugin-framework-react, which tests/taro-shim.ts
// re-exports as the hooks of `@tarojs/taro` (the H5 build does the same through its api-loader).
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type Taro from '@tarojs/taro';
  import type * as React from 'react';

  type Static = Taro.TaroStatic;
  /** All the runtime uses of react-dom. */
  interface ReactDomForTaro {
    unstable_batchedUpdates<R>(fn: () => R): R;
  }

  export function createH5NativeComponentConfig<C>(component: C, react: typeof React, reactDOM: ReactDomForTaro): C;
  export const useAddToFavorites: Static['useAddToFavorites'];
  export const useDidHide: Static['useDidHide'];
  export const useDidShow: Static['useDidShow'];
  export const useError: Static['useError'];
  export const useKeyboardHeight: Static['useKeyboardHeight'];
  export const useLaunch: Static['useLaunch'];
  export const useLoad: Static['useLoad'];
  export const useOptionMenuClick: Static['useOptionMenuClick'];
  export const usePageNotFound: Static['usePageNotFound'];
  export const usePageScroll: Static['usePageScroll'];
  export const usePullDownRefresh: Static['usePullDownRefresh'];
  export const usePullIntercept: Static['usePullIntercept'];
  export const useReachBottom: Static['useReachBottom'];
  export const useReady: Static['useReady'];
  export const useResize: Static['useResize'];
  export const useRouter: Static['useRouter'];
  export const useSaveExitState: Static['useSaveExitState'];
  export const useScope: () => undefined;
  export const useShareAppMessage: Static['useShareAppMessage'];
  export const useShareTimeline: Static['useShareTimeline'];
  export const useTabItemTap: Static['useTabItemTap'];
  export const useTitleClick: Static['useTitleClick'];
  export const useUnhandledRejection: Static['useUnhandledRejection'];
  export const useUnload: Static['useUnload'];
}

// The project has no @types/react-dom; this is the one member the shim hands to the runtime.
declare module 'react-dom' {
  export function unstable_batchedUpdates<R>(fn: () => R): R;
}
