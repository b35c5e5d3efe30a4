import type { ActionInput, ActionName, ActionOutput } from '@core/app/contract';
import { functionOf } from '@core/app/contract';
import { dispatch } from '@core/app/dispatch/dispatch';
import type { Envelope } from '@core/kernel/errors';
import { EVERY_FUNCTION, type HandlerDeps } from '@core/app/handlers';
import type { StoredDoc } from '@core/kernel/store';
import { COLLECTION_NAMES } from '@core/kernel/store';
import { demoOpenid, type DemoPersona } from '@core/app/seed';
import type { TestStack } from './temp-sqlite-store';

/** Who calls: a demo persona, a raw openid (a visitor), or nobody. */
export type As = DemoPersona | { openid: string } | null;

const openidOf = (as: As): string | null => (as === null ? null : typeof as === 'string' ? demoOpenid(as) : as.openid);

let requestCounter = 0;
export const newRequestId = (): string => `req-${String((requestCounter += 1)).padStart(6, '0')}`;

/** Sends one typed action through the real dispatcher, as the wire would. Mutations get a fresh requestId unless given. */
export const sendAs =
  (stack: { deps: HandlerDeps }) =>
  async <A extends ActionName>(
    as: As,
    action: A,
    input: ActionInput<A> | Record<string, unknown>,
    requestId: string | undefined = newRequestId(),
  ): Promise<Envelope<ActionOutput<A>>> =>
    (await dispatch(
      { action, input, requestId },
      {
        fn: functionOf(action),
        openid: openidOf(as),
        ...EVERY_FUNCTION,
        deps: stack.deps,
        traceId: 'test',
      },
    )) as Envelope<ActionOutput<A>>;

export const dataOf = <T>(answer: Envelope<T>): T => {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.data;
};

export const errorOf = <T>(answer: Envelope<T>) => {
  if (answer.ok) throw new Error(`expected an error, got ${JSON.stringify(answer.data)}`);
  return answer.error;
};

/** Every document of every collection, to prove a refused request wrote nothing. */
export const snapshotAll = async (stack: TestStack): Promise<Record<string, StoredDoc[]>> => {
  const all: Record<string, StoredDoc[]> = {};
  // The fair-use bucket counts attempts, refused ones included: spending a token is not the request's write.
  for (const name of COLLECTION_NAMES.filter((n) => n !== 'rate_buckets'))
    all[name] = (await stack.store.find(name, { limit: 1000 })).items;
  return all;
};

export const setNow = (stack: { deps: HandlerDeps }, utcMs: number): void => {
  stack.deps.clock = { now: () => utcMs };
};
