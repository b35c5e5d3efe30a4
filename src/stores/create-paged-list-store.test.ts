import type { PageOf } from '@core/app/contract';
import type { Envelope, WireError } from '@core/kernel/errors';
import { deferred, type Deferred } from '../../tests/support/deferred';
import { createPagedListStore } from './create-paged-list-store';

interface Call {
  filter: string;
  cursor: string | null;
  answer: Deferred<Envelope<PageOf<string>>>;
}

/** A scripted back end: every fetch waits until the test answers it. */
const scripted = () => {
  const calls: Call[] = [];
  const store = createPagedListStore<string, string>((filter, cursor) => {
    const answer = deferred<Envelope<PageOf<string>>>();
    calls.push({ filter, cursor, answer });
    return answer.promise;
  }, 'all');
  const call = (index: number): Call => {
    const found = calls[index];
    if (!found) throw new Error(`no request #${index} (only ${calls.length})`);
    return found;
  };
  return { store, calls, call };
};

const page = (items: string[], next: string | null = null): Envelope<PageOf<string>> => ({
  ok: true,
  data: { items, next },
});
const unavailable: WireError = { code: 'UNAVAILABLE', message: '网络不可用，请检查网络后重试' };
const failure: Envelope<PageOf<string>> = { ok: false, error: unavailable };

describe('createPagedListStore', () => {
  test('reload fetches the first page for the current filter', async () => {
    const { store, call } = scripted();
    expect(store.getState().status).toBe('idle');

    const loading = store.getState().reload();
    expect(store.getState().status).toBe('loading');
    expect(call(0)).toMatchObject({ filter: 'all', cursor: null });
    call(0).answer.resolve(page(['a', 'b'], 'c1'));
    await loading;

    expect(store.getState()).toMatchObject({ status: 'ready', items: ['a', 'b'], next: 'c1', error: null });
  });

  test('loadMore appends the next page with the cursor, then stops at the end of the list', async () => {
    const { store, calls, call } = scripted();
    const first = store.getState().reload();
    call(0).answer.resolve(page(['a', 'b'], 'c1'));
    await first;

    const more = store.getState().loadMore();
    expect(store.getState().isLoadingMore).toBe(true);
    expect(call(1)).toMatchObject({ filter: 'all', cursor: 'c1' });
    call(1).answer.resolve(page(['c'], null));
    await more;
    expect(store.getState()).toMatchObject({ items: ['a', 'b', 'c'], next: null, isLoadingMore: false });

    await store.getState().loadMore();
    expect(calls).toHaveLength(2);
  });

  test('loadMore while a page is already loading sends one request', async () => {
    const { store, calls, call } = scripted();
    const first = store.getState().reload();
    call(0).answer.resolve(page(['a'], 'c1'));
    await first;

    const more = store.getState().loadMore();
    void store.getState().loadMore();
    expect(calls).toHaveLength(2);
    call(1).answer.resolve(page(['b'], null));
    await more;
    expect(store.getState().items).toEqual(['a', 'b']);
  });

  test('a failed loadMore keeps the items, sets the error, and a retry continues from the same cursor', async () => {
    const { store, call } = scripted();
    const first = store.getState().reload();
    call(0).answer.resolve(page(['a', 'b'], 'c1'));
    await first;

    const more = store.getState().loadMore();
    call(1).answer.resolve(failure);
    await more;
    expect(store.getState()).toMatchObject({
      status: 'ready',
      items: ['a', 'b'],
      next: 'c1',
      isLoadingMore: false,
      error: unavailable,
    });

    const retry = store.getState().loadMore();
    expect(store.getState().error).toBeNull();
    expect(call(2).cursor).toBe('c1');
    call(2).answer.resolve(page(['c'], null));
    await retry;
    expect(store.getState()).toMatchObject({ items: ['a', 'b', 'c'], next: null, error: null });
  });

  test('an answer to an older filter is dropped when the filter changes during a slow request', async () => {
    const { store, call } = scripted();
    const slow = store.getState().setFilter('old');
    const fast = store.getState().setFilter('new');
    expect(call(0).filter).toBe('old');
    expect(call(1).filter).toBe('new');

    call(1).answer.resolve(page(['new-1'], null));
    await fast;
    call(0).answer.resolve(page(['old-1', 'old-2'], 'old-cursor'));
    await slow;

    expect(store.getState()).toMatchObject({ filter: 'new', status: 'ready', items: ['new-1'], next: null });
  });

  test('a failure answering an older filter does not replace the newer results', async () => {
    const { store, call } = scripted();
    const slow = store.getState().setFilter('old');
    const fast = store.getState().setFilter('new');
    call(1).answer.resolve(page(['new-1'], null));
    await fast;
    call(0).answer.resolve(failure);
    await slow;
    expect(store.getState()).toMatchObject({ status: 'ready', items: ['new-1'], error: null });
  });

  test('a more-page answered after the filter changed is not appended to the new list', async () => {
    const { store, call } = scripted();
    const first = store.getState().reload();
    call(0).answer.resolve(page(['a'], 'c1'));
    await first;

    const more = store.getState().loadMore();
    const refiltered = store.getState().setFilter('other');
    call(2).answer.resolve(page(['x'], null));
    await refiltered;
    call(1).answer.resolve(page(['b'], null));
    await more;

    expect(store.getState()).toMatchObject({ filter: 'other', items: ['x'], next: null, isLoadingMore: false });
  });

  test('a failed first page is an error with no items, and reload after it recovers', async () => {
    const { store, call } = scripted();
    const first = store.getState().reload();
    call(0).answer.resolve(failure);
    await first;
    expect(store.getState()).toMatchObject({ status: 'error', items: [], next: null, error: unavailable });

    // The footer's retry after a failed refresh refreshes again.
    const again = store.getState().loadMore();
    expect(store.getState()).toMatchObject({ status: 'loading', error: null });
    expect(call(1).cursor).toBeNull();
    call(1).answer.resolve(page(['a'], null));
    await again;
    expect(store.getState()).toMatchObject({ status: 'ready', items: ['a'], error: null });
  });

  test('a failed refresh keeps the items on screen; a new filter clears them at once', async () => {
    const { store, call } = scripted();
    const first = store.getState().reload();
    call(0).answer.resolve(page(['a', 'b'], null));
    await first;
    const refresh = store.getState().reload();
    call(1).answer.resolve(failure);
    await refresh;
    expect(store.getState()).toMatchObject({ status: 'error', items: ['a', 'b'], error: unavailable });
    const refiltered = store.getState().setFilter('other');
    expect(store.getState()).toMatchObject({ status: 'loading', items: [], next: null });
    call(2).answer.resolve(page(['c'], null));
    await refiltered;
    expect(store.getState().items).toEqual(['c']);
  });
});
