/**
 * What `@tarojs/taro` is under jest (see jest.config.js moduleNameMapper): the H5 implementation
 * plus the React hooks the H5 build's api-loader attaches to it. Rendering real Taro components in
 * jsdom needs the framework runtime told which React to use, as the H5 build does at start-up.
 *
 * The H5 build rewrites `Taro.request(...)` into a named import of @tarojs/taro-h5 at compile
 * time; jest does not, so every named API is also put on the default export. App code calls
 * `Taro.x`, so `jest.spyOn(Taro, 'x')` in a test replaces what the app calls.
 * Routing params come from `Current.router` (@tarojs/runtime); tests set it before rendering.
 */
import './support/taro-h5-env';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as h5 from '@tarojs/taro-h5';
import * as runtime from '@tarojs/plugin-framework-react/dist/runtime';

runtime.createH5NativeComponentConfig(null, React, ReactDOM);

/** The React hooks (useRouter, useDidShow, …): everything of the runtime named use*. */
const hooks = Object.fromEntries(Object.entries(runtime).filter(([name]) => name.startsWith('use')));
const { default: base, ...apis } = h5;
const taro = Object.assign(base, apis, hooks);

export * from '@tarojs/taro-h5';
export * from '@tarojs/plugin-framework-react/dist/runtime';
export default taro;
