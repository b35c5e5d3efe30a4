import { dataOf, setNow } from '@tests/support/dispatch-kit';
import { FIXED_NOW } from '@tests/support/temp-sqlite-store';
import { validTicket } from '@tests/support/ticket-fixture';
import { validBooking } from '@tests/support/visit-booking-fixture';
import type { TicketEvent } from '../ticket';
import type { VisitEvent } from '@core/visits';
import { TIMELINE_PAGE } from '@core/kernel/store/timeline-page';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const HISTORY = 1000;
const SECOND = 1000;

/** A long history written straight to the timeline, one public line a second after the filing. */
const writeHistory = async (collection: 'ticket_events' | 'visit_events', parent: Record<string, string>) => {
  for (let i = 0; i < HISTORY; i += 1) {
    const event = {
      ...{ id: `h-${String(i).padStart(4, '0')}`, version: 1, ...parent },
      at: FIXED_NOW + (i + 1) * SECOND,
      seq: 0,
      kind: collection === 'ticket_events' ? 'reply' : 'note',
      actorUserId: 'u-demo-staff',
      actorName: '张专员（演示）',
      text: `第${i + 1}条沟通记录`,
      isInternal: false,
      attachments: [],
    };
    await kit.stack.store.insert(collection, event as unknown as TicketEvent | VisitEvent);
  }
};

/** Follows "加载更早的记录" back to the first line; returns every line in reading order. */
const readBack = async <L extends { id: string }>(
  latest: { timeline: L[]; timelineEarlier: string | null },
  earlier: (cursor: string) => Promise<{ items: L[]; next: string | null }>,
): Promise<L[]> => {
  let lines = latest.timeline;
  let cursor = latest.timelineEarlier;
  while (cursor) {
    const page = await earlier(cursor);
    expect(page.items.length).toBeLessThanOrEqual(TIMELINE_PAGE);
    lines = [...page.items, ...lines];
    cursor = page.next;
  }
  return lines;
};

describe('timelines page newest first: the latest events always show', () => {
  it('a ticket with 1 000 events still shows its reply and resolution; earlier pages reach the first line', async () => {
    const { id: ticketId } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    await writeHistory('ticket_events', { ticketId });
    setNow(kit.stack, FIXED_NOW + (HISTORY + 10) * SECOND);
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    dataOf(await kit.send('staff', 'tickets.reply', { ticketId, text: '材料已收到，正在审核' }));
    dataOf(await kit.send('staff', 'tickets.resolve', { ticketId, summary: '环评批复已办结' }));

    const view = dataOf(await kit.send('enterprise', 'tickets.get', { ticketId }));
    expect(view.timeline.length).toBeLessThanOrEqual(TIMELINE_PAGE);
    expect(view.timeline.slice(-3).map((e) => e.kind)).toEqual(['accepted', 'reply', 'resolved']);
    expect(view.timelineEarlier).not.toBeNull();

    const all = await readBack(view, async (cursor) =>
      dataOf(await kit.send('enterprise', 'tickets.timeline', { ticketId, cursor })),
    );
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort((a, b) => a - b));
    expect(all[0]?.kind).toBe('submitted');
    expect(all.filter((e) => e.text.startsWith('第'))).toHaveLength(HISTORY);
    expect(all.some((e) => e.isInternal)).toBe(false);
    // Staff see the internal routing lines too, in the same pages.
    const staffView = dataOf(await kit.send('staff', 'tickets.get', { ticketId }));
    const staffAll = await readBack(staffView, async (cursor) =>
      dataOf(await kit.send('staff', 'tickets.timeline', { ticketId, cursor })),
    );
    expect(staffAll.some((e) => e.isInternal)).toBe(true);
    expect(staffAll.length).toBeGreaterThan(all.length);
  });

  it('a visit with 1 000 events still shows its confirmation to the investor', async () => {
    const { id: visitId } = dataOf(await kit.send('investor', 'visits.book', validBooking()));
    await writeHistory('visit_events', { visitId });
    setNow(kit.stack, FIXED_NOW + (HISTORY + 10) * SECOND);
    dataOf(await kit.send('staff', 'visits.confirm', { visitId }));

    const view = dataOf(await kit.send('investor', 'visits.get', { visitId }));
    expect(view.timeline.at(-1)?.kind).toBe('confirmed');
    const all = await readBack(view, async (cursor) =>
      dataOf(await kit.send('investor', 'visits.timeline', { visitId, cursor })),
    );
    expect(all[0]?.kind).toBe('booked');
    expect(all.at(-1)?.kind).toBe('confirmed');
    expect(all.filter((e) => e.text.startsWith('第'))).toHaveLength(HISTORY);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });
});
