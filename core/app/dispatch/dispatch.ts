import type { ActionName, Actions } from '../contract/actions';
import { functionOf } from '../contract/function-of';
import { PUBLIC } from '@core/kernel/roles';
import type { Caller } from '@core/kernel/caller';
import { AppError, type Envelope } from '@core/kernel/errors';
import type { HandlerDeps } from '@core/kernel/deps';
import type { Handler, HandlerMap } from '../handlers/handler-map';
import { resolveCaller } from '@core/identity';
import { parseInput } from '@core/kernel/validation/parse-input';
import { answerAfterCommit } from './answer-after-commit';
import type { AuditNote } from '@core/kernel/deps';
import type { RequestSource } from '@core/audit';
import { auditedStore, recordAudit } from './record-audit';
import { REQUEST_ID_PATTERN, requestKey, runOnce } from './idempotency';
import { RATE_LIMITED_ANSWER, takeToken } from './rate-limit';

export interface WireRequest {
  action: unknown;
  input?: unknown;
  requestId?: unknown;
}

export interface DispatchOptions {
  /** The cloud function (or /api/<fn> route) the request arrived at; actions of other functions are NOT_FOUND. */
  fn: string;
  /** From the platform (getWXContext) or the signed session. */
  openid: string | null;
  /** All definitions and handlers (server/) or one function's (a cloud function's bundle carries only its own). */
  actions: Partial<Actions>;
  handlers: Partial<HandlerMap>;
  deps: HandlerDeps;
  /** For the log line of an INTERNAL error. */
  traceId: string;
  /** Where the request came from, for the audit log. */
  source?: RequestSource;
}

const fail = (code: AppError['code'], message: string, field?: string): Envelope<never> => ({
  ok: false,
  error: new AppError(code, message, field).toWire(),
});

/** Validates, authorises, de-duplicates and runs one request; every outcome is an envelope. */
export const dispatch = async (request: WireRequest, options: DispatchOptions): Promise<Envelope<unknown>> => {
  const { deps } = options;
  try {
    const found = findAction(options.actions, request.action);
    if (!found || functionOf(found.action) !== options.fn) return fail('NOT_FOUND', '未知的操作');
    const { action, def } = found;
    const parsed = parseInput(def.input, request.input ?? {});
    if (!parsed.ok) {
      const [first] = parsed.problems;
      return fail('INVALID_INPUT', first?.message ?? '输入不正确', first?.field ?? 'input');
    }
    const caller = await resolveCaller(deps.store, options.openid);
    const denied = checkAudience(def.audience, caller);
    if (denied) return denied;

    const handler = options.handlers[action] as Handler<ActionName> | undefined;
    if (!handler) return fail('NOT_FOUND', '未知的操作');
    const audit: AuditNote | undefined = def.isAudited ? { target: null } : undefined;
    const requestId = typeof request.requestId === 'string' ? request.requestId : null;
    // `store` is the idempotency guard's view of the store (it marks the request committed with the
    // change); the audited view adds the audit record to that same transaction. A refused attempt
    // commits nothing, so its record goes through the plain store afterwards.
    const run = async (store = deps.store): Promise<Envelope<unknown>> => {
      if (!audit) return { ok: true, data: await handler(parsed.value as never, { caller, deps: { ...deps, store } }) };
      const call = { caller, action, audit, requestId, source: options.source ?? 'system' };
      const audited = auditedStore(store, deps, call);
      let answer: Envelope<unknown>;
      try {
        answer = {
          ok: true,
          data: await handler(parsed.value as never, { caller, deps: { ...deps, store: audited.store }, audit }),
        };
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        answer = { ok: false, error: e.toWire() };
      }
      // Bad input writes nothing, not even its audit record; a success whose writes committed is
      // already recorded with them; every other outcome is recorded now.
      const isRecorded = answer.ok && audited.committedWrites() > 0;
      if (!isRecorded && (answer.ok || answer.error.code !== 'INVALID_INPUT')) await recordAudit(deps, call, answer);
      return answer;
    };
    if (!def.isMutation) return await run();

    if (typeof request.requestId !== 'string' || !REQUEST_ID_PATTERN.test(request.requestId)) {
      return fail('INVALID_INPUT', '缺少有效的请求编号', 'requestId');
    }
    const key = requestKey(action, options.openid, request.requestId);
    const once = { key, action, now: deps.clock.now(), input: request.input };
    const reanswer = answerAfterCommit(action, parsed.value, options.handlers, { caller, deps });
    return await runOnce(
      deps.store,
      once,
      async (store) => {
        try {
          return await run(store);
        } catch (e) {
          if (e instanceof AppError) return { ok: false, error: e.toWire() };
          throw e;
        }
      },
      reanswer,
      async () => ((await takeToken(deps.store, options.openid ?? '-', once.now)) ? null : RATE_LIMITED_ANSWER),
    );
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toWire() };
    deps.log.error('unhandled error', {
      traceId: options.traceId,
      action: String(request.action),
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: options.traceId } };
  }
};

/** `name` as an action among those given, with its definition; none for an unknown name (or an
 *  inherited key such as 'toString'). The one place the wire's string becomes an ActionName. */
const findAction = (
  actions: Partial<Actions>,
  name: unknown,
): { action: ActionName; def: Actions[ActionName] } | undefined => {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(actions, name)) return undefined;
  const action = name as ActionName;
  const def = actions[action];
  return def ? { action, def } : undefined;
};

const checkAudience = (audience: Actions[ActionName]['audience'], caller: Caller): Envelope<never> | null => {
  if (audience === PUBLIC) return null;
  if (!caller.openid) return fail('UNAUTHENTICATED', '请先登录');
  return caller.roles.some((role) => audience.includes(role)) ? null : fail('FORBIDDEN', '没有权限执行此操作');
};
