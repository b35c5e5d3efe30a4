/**
 * What the H5 build defines (webpack5-runner's H5WebpackPlugin) for code under test, set before
 * any Taro module loads: tests/taro-shim.ts and tests/support/taro-components.ts import this
 * first. With TARO_PLATFORM 'web', @tarojs/runtime skips its mini-program DOM patches (which read
 * ENABLE_* constants only the weapp build defines); the components read DEPRECATED_ADAPTER_COMPONENT.
 */
process.env.FRAMEWORK = 'react';
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.SUPPORT_TARO_POLYFILL = 'disabled';
process.env.SUPPORT_DINGTALK_NAVIGATE = 'disabled';
Object.assign(globalThis, { DEPRECATED_ADAPTER_COMPONENT: false });

export {};
