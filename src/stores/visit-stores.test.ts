import type { VisitView } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
import type { CallOptions, Transport } from '../services/transport';
import { availabilityKey, makeVisitStores } from './visit-stores';

/** visit-stores.ts also builds the app's stores over the platform `call`, which needs a browser; not under test here. */
jest.mock('../services/transport', () => ({
  call: () => Promise.reject(new Error('the module-level stores are not under test here')),
}));

const visit = (over: Partial<VisitView> = {}) => ({ id: 'v-1', status: 'pending', ...over }) as VisitView;

const fakeTransport = (answer: (action: string, input: unknown) => Envelope<unknown>) => {
  const calls: { action: string; input: unknown; options?: CallOptions }[] = [];
  const transport = (async (action: string, input: unknown, options?: CallOptions) => {
    calls.push({ action, input, options });
    return answer(action, input);
  }) as Transport;
  return { transport, calls };
};

describe('visit stores', () => {
  it('asks availability for 31 days from the first day of the key', async () => {
    const { transport, calls } = fakeTransport(() => ({ ok: true, data: { days: [] } }));
    const stores = makeVisitStores(transport);
    await stores.availability.getState().load(availabilityKey(['jingde-smart', 'new-materials'], '2026-11-27'));
    expect(calls[0]).toMatchObject({
      action: 'visits.availability',
      input: { parkIds: ['jingde-smart', 'new-materials'], from: '2026-11-27', to: '2026-12-27' },
    });
  });

  it('sends a change with a requestId and shows the answer on the detail page', async () => {
    const { transport, calls } = fakeTransport((action) =>
      action === 'visits.cancel' ? { ok: true, data: visit({ status: 'cancelled' }) } : { ok: true, data: visit() },
    );
    const stores = makeVisitStores(transport);
    await stores.details.getState().load('v-1');
    const answer = await stores.changeVisit('visits.cancel', { visitId: 'v-1', reason: '行程有变' });
    expect(answer.ok).toBe(true);
    expect(calls[1]?.options?.requestId).toMatch(/^[A-Za-z0-9]{8,64}$/);
    expect(stores.details.getState().byId['v-1']?.data?.status).toBe('cancelled');
  });

  it('keeps the detail as it was when a change is refused', async () => {
    const { transport } = fakeTransport((action) =>
      action === 'visits.cancel'
        ? { ok: false, error: { code: 'FORBIDDEN', message: '已过改期或取消截止时间' } }
        : { ok: true, data: visit() },
    );
    const stores = makeVisitStores(transport);
    await stores.details.getState().load('v-1');
    const answer = await stores.changeVisit('visits.cancel', { visitId: 'v-1', reason: '行程有变' });
    expect(answer.ok).toBe(false);
    expect(stores.details.getState().byId['v-1']?.data?.status).toBe('pending');
  });

  it('marks messages read in the list and takes the unread count from the answer', async () => {
    const { transport } = fakeTransport((action) => {
      if (action === 'messages.list') {
        return {
          ok: true,
          data: {
            items: [
              { id: 'm1', title: 'a', body: '', page: null, createdAt: 2, isRead: false },
              { id: 'm2', title: 'b', body: '', page: null, createdAt: 1, isRead: false },
            ],
            next: null,
          },
        };
      }
      return { ok: true, data: { marked: 1, remaining: 1 } };
    });
    const stores = makeVisitStores(transport);
    await stores.messages.getState().reload();
    await stores.markRead(['m1']);
    expect(stores.messages.getState().items.map((m) => m.isRead)).toEqual([true, false]);
    expect(stores.unread.getState().data).toEqual({ count: 1 });
  });
});
