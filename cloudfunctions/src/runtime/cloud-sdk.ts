import * as cloud from 'wx-server-sdk';
import type { CloudDatabase } from '../adapters/cloud-database';

let isInitialised = false;

/**
 * Initialises wx-server-sdk once per instance, bound to the environment the function is deployed
 * in, so one build serves every environment (no env id compiled in).
 */
export const cloudDatabase = (): CloudDatabase => {
  if (!isInitialised) {
    // The SDK resolves this symbol to the current environment; its typings only admit strings.
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    isInitialised = true;
  }
  return cloud.database();
};

/**
 * The caller's OPENID as the platform injected it. Never read from the event: a client can put
 * anything there (WeChat even adds its own `userInfo` to it), so identity comes only from here.
 */
export const platformOpenid = (): string | null => {
  const openid: unknown = cloud.getWXContext().OPENID;
  return typeof openid === 'string' && openid.length > 0 ? openid : null;
};

/** What started this run, as the platform says: 'wx_trigger' for the timer, 'wx_client' for a phone, … */
export const platformSource = (): string | null => {
  const source: unknown = cloud.getWXContext().SOURCE;
  return typeof source === 'string' && source.length > 0 ? source : null;
};
