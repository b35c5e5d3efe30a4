/** @jest-environment jsdom */
import type { ActionName } from '@core/app/contract';
import { demoOpenid } from '@core/app/seed';
import { dataOf, sendAs } from '../../tests/support/dispatch-kit';
import { inProcessTransport } from '../../tests/support/in-process-transport';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { validBooking } from '../../tests/support/visit-booking-fixture';
import { validTicket } from '../../tests/support/ticket-fixture';
import type { Transport } from '../services/transport';
import { makeTicketStores } from './ticket-stores';
import { makeVisitStores } from './visit-stores';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack();
});
afterEach(() => stack.close());

let counter = 0;
const ids = () => `req-change-${(counter += 1)}`;

/**
 * The real back end in process, with every request counted; `loseNextAnswer` lets the server apply
 * the next request but hands the client UNAVAILABLE, as a timeout on a bad network would.
 */
const countedBackEnd = (persona: 'staff' | 'investor') => {
  const real = inProcessTransport(stack.deps, demoOpenid(persona));
  const sent: { action: ActionName; requestId?: string }[] = [];
  let loseNext = false;
  const transport: Transport = async (action, input, options) => {
    sent.push({ action, requestId: options?.requestId });
    const answer = await real(action, input, options);
    if (!loseNext) return answer;
    loseNext = false;
    return { ok: false, error: { code: 'UNAVAILABLE', message: '网络不可用' } };
  };
  return { transport, sent, loseNextAnswer: () => void (loseNext = true) };
};

const fileTicket = async () => dataOf(await sendAs(stack)('enterprise', 'tickets.create', validTicket())).id;
const notesOf = async (ticketId: string) =>
  (await stack.store.find('ticket_events', { limit: 100 })).items.filter(
    (e) => e.ticketId === ticketId && e.kind === 'note',
  );

describe('runChange (through the ticket store)', () => {
  it('keeps the requestId across a retry of the same change, so a lost answer writes once', async () => {
    const ticketId = await fileTicket();
    const backEnd = countedBackEnd('staff');
    const stores = makeTicketStores(backEnd.transport, ids);
    const note = { action: 'tickets.note', input: { ticketId, text: '先核对用地' } } as const;
    backEnd.loseNextAnswer();
    expect((await stores.changeTicket(note)).ok).toBe(false);
    expect((await stores.changeTicket(note)).ok).toBe(true);
    expect(backEnd.sent[1]?.requestId).toBe(backEnd.sent[0]?.requestId);
    expect(await notesOf(ticketId)).toHaveLength(1);
  });

  it('takes a new requestId for a new change: other input, or the same input once the first is done', async () => {
    const ticketId = await fileTicket();
    const backEnd = countedBackEnd('staff');
    const stores = makeTicketStores(backEnd.transport, ids);
    await stores.changeTicket({ action: 'tickets.note', input: { ticketId, text: '第一条' } });
    await stores.changeTicket({ action: 'tickets.note', input: { ticketId, text: '第二条' } });
    await stores.changeTicket({ action: 'tickets.note', input: { ticketId, text: '第二条' } });
    const requestIds = backEnd.sent.map((s) => s.requestId);
    expect(new Set(requestIds).size).toBe(3);
    expect(await notesOf(ticketId)).toHaveLength(3);
  });

  it('puts the answer on the ticket page without reading the ticket again', async () => {
    const ticketId = await fileTicket();
    const backEnd = countedBackEnd('staff');
    const stores = makeTicketStores(backEnd.transport, ids);
    await stores.details.getState().load(ticketId);
    expect(stores.details.getState().byId[ticketId]?.data?.status).toBe('assigned');
    expect((await stores.changeTicket({ action: 'tickets.accept', input: { ticketId } })).ok).toBe(true);
    expect(backEnd.sent.map((s) => s.action)).toEqual(['tickets.get', 'tickets.accept']);
    const shown = stores.details.getState().byId[ticketId];
    const stored = await stack.store.get('tickets', ticketId);
    expect(shown?.status).toBe('ready');
    expect(shown?.data?.status).toBe(stored?.status);
    expect(shown?.data?.status).toBe('accepted');
  });
});

describe('changeVisit', () => {
  it('puts the answer on the visit page without reading the visit again, and a retry cancels once', async () => {
    const visitId = dataOf(await sendAs(stack)('investor', 'visits.book', validBooking())).id;
    const backEnd = countedBackEnd('investor');
    const stores = makeVisitStores(backEnd.transport, ids);
    await stores.details.getState().load(visitId);
    backEnd.loseNextAnswer();
    const cancel = { visitId, reason: '行程有变' };
    expect((await stores.changeVisit('visits.cancel', cancel)).ok).toBe(false);
    expect((await stores.changeVisit('visits.cancel', cancel)).ok).toBe(true);
    expect(backEnd.sent.map((s) => s.action)).toEqual(['visits.get', 'visits.cancel', 'visits.cancel']);
    expect(backEnd.sent[2]?.requestId).toBe(backEnd.sent[1]?.requestId);
    expect(stores.details.getState().byId[visitId]?.data?.status).toBe('cancelled');
  });
});
