import type { WireError } from '@core/kernel/errors';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a page needs to draw loading, error (with 重试) and content states. */
export interface Resource<T> {
  status: LoadStatus;
  data: T | null;
  error: WireError | null;
}

export const idle = <T>(): Resource<T> => ({ status: 'idle', data: null, error: null });
