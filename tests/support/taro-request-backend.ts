import Taro from '@tarojs/taro';
import type { ActionName } from '@core/app/contract';
import type { Envelope, WireError } from '@core/kernel/errors';
import { dispatchOnce, overTheWire } from './in-process-transport';
import type { TestStack } from './temp-sqlite-store';

type RequestOption = Parameters<typeof Taro.request>[0];
type RequestResult = Taro.request.SuccessCallbackResult<TaroGeneral.IAnyObject>;

export interface SeenRequest {
  fn: string;
  action: string;
  input: unknown;
}

export interface RequestBackend {
  /** Every request the app sent, in order. */
  readonly seen: SeenRequest[];
  /** The next request for `action` gets this error instead of the back end's answer. */
  failNext(action: ActionName, error: WireError): void;
  /** The next request for `action` is answered only when the returned function is called. */
  holdNext(action: ActionName): () => Promise<void>;
  restore(): void;
}

const noop = () => undefined;

/** Taro.request's result is a promise with task methods; the transport only awaits it. */
const asTask = (result: Promise<RequestResult>): Taro.RequestTask<TaroGeneral.IAnyObject> =>
  Object.assign(result, {
    abort: noop,
    onHeadersReceived: noop,
    offHeadersReceived: noop,
    onChunkReceived: noop,
    offChunkReceived: noop,
  });

const ok = (data: Envelope<unknown>): RequestResult => ({
  statusCode: 200,
  data: overTheWire(data),
  header: { 'content-type': 'application/json' },
  errMsg: 'request:ok',
});

/**
 * Answers the app's HTTP calls (`Taro.request`, what the H5 transport's postJson uses) with the
 * real dispatcher and handlers over the stack's seeded SQLite, as server/app.ts does for /api/<fn>.
 * Everything above the platform boundary — transport, stores, pages — runs as in the H5 app.
 * `openid` is who the signed session says is calling (none by default: a visitor).
 */
export const serveTaroRequests = (stack: TestStack, options: { openid?: string | null } = {}): RequestBackend => {
  const seen: SeenRequest[] = [];
  const failures = new Map<string, WireError>();
  const holds = new Map<string, Promise<void>>();

  const answer = async (option: RequestOption): Promise<RequestResult> => {
    const fn = option.url.replace(/^\/api\//, '');
    const body: unknown = option.data;
    const { action, input } = (typeof body === 'object' && body !== null ? body : {}) as {
      action?: unknown;
      input?: unknown;
    };
    const name = String(action);
    seen.push({ fn, action: name, input });
    const hold = holds.get(name);
    if (hold) {
      holds.delete(name);
      await hold;
    }
    const failure = failures.get(name);
    if (failure) {
      failures.delete(name);
      return ok({ ok: false, error: failure });
    }
    // The identity the server would take from the session (or WeChat), never from the body.
    return ok(await dispatchOnce(stack.deps, fn, body, options.openid ?? null));
  };

  const spy = jest.spyOn(Taro, 'request').mockImplementation((option: RequestOption) => asTask(answer(option)));
  return {
    seen,
    failNext: (action, error) => void failures.set(action, error),
    holdNext: (action) => {
      let release = noop as () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.set(action, gate);
      return async () => {
        release();
        await gate;
      };
    },
    restore: () => spy.mockRestore(),
  };
};
