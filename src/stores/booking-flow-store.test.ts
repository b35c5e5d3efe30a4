import type { VisitView } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
import { createBookingFlow, DRAFT_KEY } from './booking-flow-store';
import { memoryStorage } from '../../tests/support/memory-storage';
import { requiredDraftFields } from '../../tests/support/visit-booking-fixture';
import type { CallOptions, Transport } from '../services/transport';

const fakeVisit = { id: 'v-1', status: 'pending' } as VisitView;

/** Records every call; answers from a queue (default: success). */
const fakeTransport = (answers: Envelope<unknown>[] = []) => {
  const calls: { action: string; input: unknown; options?: CallOptions }[] = [];
  const transport = (async (action: string, input: unknown, options?: CallOptions) => {
    calls.push({ action, input, options });
    await Promise.resolve();
    return answers.shift() ?? { ok: true, data: fakeVisit };
  }) as Transport;
  return { transport, calls };
};

let counter = 0;
const ids = () => `req-test-${(counter += 1)}`;

const fill = (flow: ReturnType<typeof createBookingFlow>) => {
  flow.getState().startWith('jingde-smart');
  flow.getState().update(requiredDraftFields());
};

describe('booking flow', () => {
  it('keeps the draft in storage, so leaving the page and coming back restores it', () => {
    const storage = memoryStorage();
    const first = createBookingFlow(fakeTransport().transport, storage, ids);
    fill(first);
    const again = createBookingFlow(fakeTransport().transport, storage, ids);
    expect(again.getState().draft).toEqual(first.getState().draft);
    expect(storage.data.has(DRAFT_KEY)).toBe(true);
  });

  it('does not call the server while a field is wrong, and shows the errors by field', async () => {
    const { transport, calls } = fakeTransport();
    const flow = createBookingFlow(transport, memoryStorage(), ids);
    fill(flow);
    flow.getState().update({ contactPhone: '123' });
    expect(await flow.getState().submit()).toBeNull();
    expect(calls).toHaveLength(0);
    expect(flow.getState().errors.contactPhone).toBe('请输入11位中国大陆手机号');
    flow.getState().update({ contactPhone: '13912345678' });
    expect(flow.getState().errors.contactPhone).toBeUndefined();
  });

  it('sends one request for a double tap, and the same requestId on a retry after a failure', async () => {
    const { transport, calls } = fakeTransport([{ ok: false, error: { code: 'UNAVAILABLE', message: '网络不可用' } }]);
    const storage = memoryStorage();
    const flow = createBookingFlow(transport, storage, ids);
    fill(flow);
    const [a, b] = await Promise.all([flow.getState().submit(), flow.getState().submit()]);
    expect([a, b]).toEqual([null, null]);
    expect(calls).toHaveLength(1);
    expect(flow.getState().submitError?.code).toBe('UNAVAILABLE');
    expect(await flow.getState().submit()).toEqual(fakeVisit);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.options?.requestId).toBe(calls[0]?.options?.requestId);
    // Booked: the draft is gone and the next one gets a new requestId.
    expect(storage.data.has(DRAFT_KEY)).toBe(false);
    expect(flow.getState().draft.requestId).not.toBe(calls[0]?.options?.requestId);
  });

  it("puts a server's field error next to the field", async () => {
    const { transport } = fakeTransport([
      { ok: false, error: { code: 'INVALID_INPUT', message: '该日期不可预约：已约满', field: 'date' } },
    ]);
    const flow = createBookingFlow(transport, memoryStorage(), ids);
    fill(flow);
    await flow.getState().submit();
    expect(flow.getState().errors.date).toBe('该日期不可预约：已约满');
    expect(flow.getState().submitError).toBeNull();
  });

  it('allows at most 3 parks and clears the slot when the itinerary changes', () => {
    const flow = createBookingFlow(fakeTransport().transport, memoryStorage(), ids);
    fill(flow);
    for (const id of ['new-materials', 'aviation', 'innovation']) flow.getState().togglePark(id);
    expect(flow.getState().draft.parkIds).toEqual(['jingde-smart', 'new-materials', 'aviation']);
    expect(flow.getState().draft.date).toBeNull();
    flow.getState().togglePark('aviation');
    expect(flow.getState().draft.parkIds).toEqual(['jingde-smart', 'new-materials']);
  });
});

describe('booking flow: what drifted between the two forms', () => {
  it('revives a stored draft with wrongly typed fields field by field, and the parks still toggle', () => {
    const storage = memoryStorage();
    storage.set(DRAFT_KEY, {
      parkIds: {},
      date: 20261130,
      halfDay: 'evening',
      company: '某公司',
      industryIds: 'ai',
      privacyConsent: 'yes',
      requestId: 'req-stored-0001',
    });
    const flow = createBookingFlow(fakeTransport().transport, storage, ids);
    expect(flow.getState().draft).toMatchObject({
      parkIds: [],
      date: null,
      halfDay: null,
      company: '某公司',
      industryIds: [],
      privacyConsent: false,
      requestId: 'req-stored-0001',
    });
    flow.getState().togglePark('jingde-smart');
    expect(flow.getState().draft.parkIds).toEqual(['jingde-smart']);
  });

  it('puts a field error next to its field whatever the code of the answer', async () => {
    const { transport } = fakeTransport([
      { ok: false, error: { code: 'CONFLICT', message: '该时段已约满，请改选其他时段', field: 'halfDay' } },
    ]);
    const flow = createBookingFlow(transport, memoryStorage(), ids);
    fill(flow);
    expect(await flow.getState().submit()).toBeNull();
    expect(flow.getState().errors.halfDay).toBe('该时段已约满，请改选其他时段');
    expect(flow.getState().submitError).toBeNull();
  });

  it('keeps the requestId across a retry after a field error, and takes a new one after a reset', async () => {
    const { transport, calls } = fakeTransport([
      { ok: false, error: { code: 'FORBIDDEN', message: '该园区暂停接待', field: 'parkIds' } },
    ]);
    const flow = createBookingFlow(transport, memoryStorage(), ids);
    fill(flow);
    await flow.getState().submit();
    await flow.getState().submit();
    expect(calls[1]?.options?.requestId).toBe(calls[0]?.options?.requestId);
    flow.getState().reset();
    expect(flow.getState().draft.requestId).not.toBe(calls[0]?.options?.requestId);
    expect(flow.getState().draft.company).toBe('');
  });
});
