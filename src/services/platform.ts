import Taro from '@tarojs/taro';
import { privacyStore } from '../stores/privacy-store';

export const isWeapp = process.env.TARO_ENV === 'weapp';

/** Cloud init exists only in WeChat; in H5 every call goes over HTTP to server/. */
export const initPlatform = (): void => {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.cloud.init(ZD_CLOUD_ENV ? { env: ZD_CLOUD_ENV, traceUser: true } : { traceUser: true });
    // Privacy APIs pause until our dialog (components/privacy-dialog) answers. Base libraries
    // before 2.32.3 have no privacy flow (and no such API): nothing to register there.
    try {
      Taro.onNeedPrivacyAuthorization((resolve) => privacyStore.getState().ask(resolve));
    } catch {
      // older base library
    }
  }
};
