import { AppError } from '../errors';
import type { Envelope } from '../errors';
import type { DocStore, StoredDoc } from '../store/doc-store';

/** A mutation's first answer, kept so that a repeat with the same requestId returns it. */
interface RequestRecord extends StoredDoc {
  state: 'pending' | 'done';
  action: string;
  createdAt: number;
  result: Envelope<unknown> | null;
}

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export const requestKey = (action: string, openid: string | null, requestId: string): string =>
  `${action}|${openid ?? '-'}|${requestId}`;

/**
 * Runs `work` at most once per key. A concurrent repeat while the first is running gets CONFLICT
 * (the client retries and then sees the stored answer); a failed first attempt leaves nothing
 * behind, so the same requestId may be retried.
 */
export const runOnce = async (
  store: DocStore,
  key: string,
  action: string,
  now: number,
  work: () => Promise<Envelope<unknown>>,
): Promise<Envelope<unknown>> => {
  const existing = await store.get<RequestRecord>('requests', key);
  if (existing) return answerFor(existing);
  try {
    await store.insert<RequestRecord>('requests', {
      id: key,
      version: 1,
      state: 'pending',
      action,
      createdAt: now,
      result: null,
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'CONFLICT') {
      const raced = await store.get<RequestRecord>('requests', key);
      if (raced) return answerFor(raced);
    }
    throw e;
  }
  const result = await work().catch(async (e: unknown) => {
    await store.remove('requests', key);
    throw e;
  });
  if (!result.ok) {
    await store.remove('requests', key);
    return result;
  }
  await store.update<RequestRecord>('requests', key, 1, { state: 'done', result });
  return result;
};

const answerFor = (record: RequestRecord): Envelope<unknown> =>
  record.state === 'done' && record.result
    ? record.result
    : { ok: false, error: { code: 'CONFLICT', message: '相同的请求正在处理，请稍候' } };
