/**
 * What `@tarojs/components` is under jest (jest.config.js moduleNameMapper): the React wrappers of
 * Taro's web components, loaded after the H5 build constants they read.
 */
import './taro-h5-env';

export * from '@tarojs/components/lib/react';
