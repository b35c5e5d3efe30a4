/// <reference types="@tarojs/taro" />

declare const ZD_CLOUD_ENV: string;

declare module '*.png';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined;
  }
}
