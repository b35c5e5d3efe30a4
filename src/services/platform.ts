import Taro from '@tarojs/taro';

export const isWeapp = process.env.TARO_ENV === 'weapp';

/** Cloud init exists only in WeChat; in H5 every call goes over HTTP to server/. */
export const initPlatform = (): void => {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.cloud.init(ZD_CLOUD_ENV ? { env: ZD_CLOUD_ENV, traceUser: true } : { traceUser: true });
  }
};
