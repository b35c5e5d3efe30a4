import type { Envelope, WireError } from '@core/kernel/errors';
import { deferred, type Deferred } from '../../tests/support/deferred';
import { createKeyedStore } from './create-keyed-store';

interface Detail {
  id: string;
  name: string;
  units: string[];
}

const scripted = () => {
  const calls: { id: string; answer: Deferred<Envelope<Detail>> }[] = [];
  const store = createKeyedStore<Detail>((id) => {
    const answer = deferred<Envelope<Detail>>();
    calls.push({ id, answer });
    return answer.promise;
  });
  const answerLast = (envelope: Envelope<Detail>) => {
    const last = calls[calls.length - 1];
    if (!last) throw new Error('no request to answer');
    last.answer.resolve(envelope);
  };
  return { store, calls, answerLast };
};

const detail = (id: string, name: string, units: string[] = []): Envelope<Detail> => ({
  ok: true,
  data: { id, name, units },
});
const notFound: WireError = { code: 'NOT_FOUND', message: '园区不存在' };
const unavailable: WireError = { code: 'UNAVAILABLE', message: '网络不可用，请检查网络后重试' };

describe('createKeyedStore', () => {
  test('keeps one resource per id', async () => {
    const { store, calls, answerLast } = scripted();
    const a = store.getState().load('a');
    expect(store.getState().byId.a).toEqual({ status: 'loading', data: null, error: null });
    answerLast(detail('a', 'Park A'));
    await a;
    const b = store.getState().load('b');
    answerLast(detail('b', 'Park B'));
    await b;

    expect(calls.map((c) => c.id)).toEqual(['a', 'b']);
    expect(store.getState().byId.a).toEqual({
      status: 'ready',
      data: { id: 'a', name: 'Park A', units: [] },
      error: null,
    });
    expect(store.getState().byId.b?.data?.name).toBe('Park B');
  });

  test('an error on one id leaves the others alone', async () => {
    const { store, answerLast } = scripted();
    const a = store.getState().load('a');
    answerLast(detail('a', 'Park A'));
    await a;
    const missing = store.getState().load('missing');
    answerLast({ ok: false, error: notFound });
    await missing;

    expect(store.getState().byId.missing).toEqual({ status: 'error', data: null, error: notFound });
    expect(store.getState().byId.a).toMatchObject({ status: 'ready', data: { name: 'Park A' } });
  });

  test('reloading shows the previous data while loading, and an error keeps it', async () => {
    const { store, answerLast } = scripted();
    const first = store.getState().load('a');
    answerLast(detail('a', 'Park A'));
    await first;

    const again = store.getState().load('a');
    expect(store.getState().byId.a).toMatchObject({ status: 'loading', data: { name: 'Park A' } });
    answerLast({ ok: false, error: unavailable });
    await again;
    expect(store.getState().byId.a).toEqual({
      status: 'error',
      data: { id: 'a', name: 'Park A', units: [] },
      error: unavailable,
    });

    const recovered = store.getState().load('a');
    answerLast(detail('a', 'Park A (updated)'));
    await recovered;
    expect(store.getState().byId.a).toMatchObject({ status: 'ready', data: { name: 'Park A (updated)' }, error: null });
  });

  test('patch updates a loaded value and ignores one that is not loaded', async () => {
    const { store, answerLast } = scripted();
    const first = store.getState().load('a');
    answerLast(detail('a', 'Park A', ['u1']));
    await first;

    store.getState().patch('a', (value) => ({ ...value, units: [...value.units, 'u2'] }));
    expect(store.getState().byId.a).toMatchObject({ status: 'ready', data: { units: ['u1', 'u2'] } });

    const update = jest.fn((value: Detail) => value);
    store.getState().patch('never-loaded', update);
    expect(update).not.toHaveBeenCalled();
    expect(store.getState().byId['never-loaded']).toBeUndefined();
  });
});

describe('createKeyedStore with overlapping loads', () => {
  test('an older answer that arrives last does not overwrite the newer one', async () => {
    const answers: ((value: Envelope<string>) => void)[] = [];
    const store = createKeyedStore<string>(
      () =>
        new Promise<Envelope<string>>((resolve) => {
          answers.push(resolve);
        }),
    );
    const older = store.getState().load('p1');
    const newer = store.getState().load('p1');
    answers[1]?.({ ok: true, data: 'new' });
    await newer;
    answers[0]?.({ ok: true, data: 'old' });
    await older;
    expect(store.getState().byId.p1).toMatchObject({ status: 'ready', data: 'new' });
  });
});
