import type { Envelope, WireError } from '@core/kernel/errors';
import { deferred, type Deferred } from '../../tests/support/deferred';
import { createResourceStore } from './create-resource-store';

const scripted = () => {
  const answers: Deferred<Envelope<string[]>>[] = [];
  const store = createResourceStore<string[]>(() => {
    const answer = deferred<Envelope<string[]>>();
    answers.push(answer);
    return answer.promise;
  });
  const answerLast = (envelope: Envelope<string[]>) => {
    const last = answers[answers.length - 1];
    if (!last) throw new Error('no request to answer');
    last.resolve(envelope);
  };
  return { store, answers, answerLast };
};

const internal: WireError = { code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'trace-1' };

describe('createResourceStore', () => {
  test('starts idle, loads, then is ready with the data', async () => {
    const { store, answers, answerLast } = scripted();
    expect(store.getState()).toMatchObject({ status: 'idle', data: null, error: null });
    expect(answers).toHaveLength(0);

    const load = store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'loading', data: null });
    answerLast({ ok: true, data: ['智能制造', '新材料'] });
    await load;
    expect(store.getState()).toMatchObject({ status: 'ready', data: ['智能制造', '新材料'], error: null });
  });

  test('a failed first load is an error without data', async () => {
    const { store, answerLast } = scripted();
    const load = store.getState().load();
    answerLast({ ok: false, error: internal });
    await load;
    expect(store.getState()).toMatchObject({ status: 'error', data: null, error: internal });
  });

  test('a reload keeps the previous data visible, and keeps it if the reload fails; the next load recovers', async () => {
    const { store, answerLast } = scripted();
    const first = store.getState().load();
    answerLast({ ok: true, data: ['v1'] });
    await first;

    const second = store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'loading', data: ['v1'], error: null });
    answerLast({ ok: false, error: internal });
    await second;
    expect(store.getState()).toMatchObject({ status: 'error', data: ['v1'], error: internal });

    const third = store.getState().load();
    expect(store.getState().error).toBeNull();
    answerLast({ ok: true, data: ['v2'] });
    await third;
    expect(store.getState()).toMatchObject({ status: 'ready', data: ['v2'], error: null });
  });
});
