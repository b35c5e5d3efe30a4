import Taro from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput } from '@core/app/contract';
import { functionOf } from '@core/app/contract/function-of';
import { isErrorCode, type Envelope, type WireError } from '@core/kernel/errors';
import { sessionToken } from './session';

export interface CallOptions {
  /** Mutations only: reuse the same id on a retry so the server applies it once. */
  requestId?: string;
}

export type Transport = <A extends ActionName>(
  action: A,
  input: ActionInput<A>,
  options?: CallOptions,
) => Promise<Envelope<ActionOutput<A>>>;

const unavailable: WireError = { code: 'UNAVAILABLE', message: '网络不可用，请检查网络后重试' };

/** Anything that is not a well-formed envelope is treated as the service being unavailable. */
export const asEnvelope = <T>(value: unknown): Envelope<T> => {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const v = value as { ok: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
    if (v.ok === true) return { ok: true, data: v.data as T };
    if (v.ok === false && isErrorCode(v.error?.code) && typeof v.error?.message === 'string') {
      return { ok: false, error: v.error as WireError };
    }
  }
  return { ok: false, error: unavailable };
};

/** H5: the local stack's API. Same origin in production builds; the dev server proxies /api. */
export const postJson = async (path: string, body: unknown, method: 'GET' | 'POST' = 'POST'): Promise<unknown> => {
  const token = sessionToken.get();
  const response = await Taro.request({
    url: path,
    method,
    data: method === 'POST' ? body : undefined,
    header: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    timeout: 15_000,
  });
  return response.statusCode === 200 ? response.data : null;
};

const requestOf = (action: ActionName, input: unknown, options: CallOptions) => ({
  action,
  input,
  ...(options.requestId ? { requestId: options.requestId } : {}),
});

const callCloud: Transport = (action, input, options = {}) =>
  Taro.cloud.callFunction({ name: functionOf(action), data: requestOf(action, input, options) }).then(
    (result) => asEnvelope(result.result),
    () => ({ ok: false, error: unavailable }),
  );

const callHttp: Transport = (action, input, options = {}) =>
  postJson(`/api/${functionOf(action)}`, requestOf(action, input, options)).then(
    (value) => asEnvelope(value),
    () => ({ ok: false, error: unavailable }),
  );

/**
 * The one way pages reach the back end: cloud.callFunction in WeChat, HTTP to server/ in H5.
 * It never shows UI; callers decide between toast and inline error. Chosen once per build, so
 * each build carries only its own way (the other is dropped as dead code).
 */
export const call: Transport = process.env.TARO_ENV === 'weapp' ? callCloud : callHttp;
