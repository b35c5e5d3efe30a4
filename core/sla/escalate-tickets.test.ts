import type { CollectionName } from '@core/kernel/store/collections';
import { dataOf, setNow } from '../../tests/support/dispatch-kit';
import { validTicket } from '../../tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';

import { escalateDueTickets } from './escalate-tickets';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack(async () => {
  setNow(kit.stack, utcMsAt('2026-11-26', 9, 0)); // Thursday
});

const all = async <C extends CollectionName>(collection: C) =>
  (await kit.stack.store.find(collection, { limit: 1000 })).items;
const eventsOf = async (ticketId: string) =>
  (await kit.stack.store.find('ticket_events', { where: { ticketId }, limit: 200 })).items.map((e) => e.kind);
const titlesTo = async (userId: string) =>
  (await kit.stack.store.find('notifications', { where: { recipientUserId: userId }, limit: 100 })).items.map(
    (m) => m.title,
  );
/** Two ticks at once and a third after: whatever is due happens once. */
const tickThrice = async () => {
  const [a, b] = await Promise.all([escalateDueTickets(kit.stack.deps), escalateDueTickets(kit.stack.deps)]);
  return a + b + (await escalateDueTickets(kit.stack.deps));
};

describe('SLA escalation (督办) by the scheduler', () => {
  it('warns the owner, raises a 督办 to the leader, then the office, each once across repeated and overlapping ticks', async () => {
    const { id: ticketId } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    const created = (await kit.stack.store.get('tickets', ticketId))!;
    const { assigneeUserId, leaderUserId } = created;
    expect(assigneeUserId).not.toBeNull();
    expect(leaderUserId).not.toBeNull();
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    const accepted = (await kit.stack.store.get('tickets', ticketId))!;
    expect(await tickThrice()).toBe(0); // nothing is due yet
    expect(accepted.slaCheckAt).toBeGreaterThan(utcMsAt('2026-11-26', 9, 0));

    // Just before the warning: still nothing.
    setNow(kit.stack, accepted.slaCheckAt! - 60_000);
    expect(await tickThrice()).toBe(0);

    setNow(kit.stack, accepted.slaCheckAt! + 60_000);
    expect(await tickThrice()).toBe(1);
    expect(await titlesTo(accepted.assigneeUserId!)).toContain('工单即将超时');
    const warned = (await kit.stack.store.get('tickets', ticketId))!;
    expect(warned.escalation.resolution.warnedAt).toBe(accepted.slaCheckAt! + 60_000);

    // Past the deadline: one 督办 item for the leader and ledger lines for the person and the team.
    setNow(kit.stack, warned.slaCheckAt! + 60_000);
    expect(await tickThrice()).toBe(1);
    const items = await all('supervision_items');
    expect(items).toEqual([expect.objectContaining({ ticketId, level: 'leader', leaderUserId })]);
    expect((await all('assessment_ledger')).map((e) => [e.kind, e.subject])).toEqual([
      ['breach', 'person'],
      ['breach', 'team'],
    ]);
    expect(await titlesTo(leaderUserId!)).toContain('督办：工单已超时');
    const view = dataOf(await kit.send('staff', 'tickets.get', { ticketId }));
    expect(view.sla?.headline.state).toBe('overdue');
    expect(view.timeline.map((l) => l.kind)).toContain('supervised');
    expect(view.escalation.resolution.supervisedAt).not.toBeNull();

    // A working day later, still overdue: the office.
    const supervised = (await kit.stack.store.get('tickets', ticketId))!;
    setNow(kit.stack, supervised.slaCheckAt! - 60_000);
    expect(await tickThrice()).toBe(0);
    setNow(kit.stack, supervised.slaCheckAt! + 60_000);
    expect(await tickThrice()).toBe(1);
    expect((await all('supervision_items')).map((i) => i.level).sort()).toEqual(['leader', 'office']);
    expect((await kit.stack.store.get('tickets', ticketId))?.slaCheckAt).toBeNull();

    setNow(kit.stack, supervised.slaCheckAt! + 30 * 24 * 3600_000);
    expect(await tickThrice()).toBe(0);
    const kinds = await eventsOf(ticketId);
    expect(kinds.filter((k) => k === 'sla_warning' || k === 'supervised' || k === 'escalated').sort()).toEqual([
      'escalated',
      'sla_warning',
      'supervised',
    ]);
  });

  it('does not escalate while waiting for the enterprise, and catches up with every due step after a long outage', async () => {
    const { id: ticketId } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    dataOf(await kit.send('staff', 'tickets.requestMaterials', { ticketId, materials: ['营业执照'] }));
    expect((await kit.stack.store.get('tickets', ticketId))?.slaCheckAt).toBeNull();
    setNow(kit.stack, utcMsAt('2026-12-31', 9, 0));
    expect(await tickThrice()).toBe(0);
    dataOf(await kit.send('enterprise', 'tickets.supplement', { ticketId, text: '已补', attachments: [] }));
    // The pause pushed the deadline a month on: nothing is due the moment it resumes.
    expect(await tickThrice()).toBe(0);
    setNow(kit.stack, utcMsAt('2027-03-01', 9, 0));
    expect(await tickThrice()).toBe(3);
    expect(await all('supervision_items')).toHaveLength(2);
  });

  it('does not warn of a new request at its first tick: the 4-hour response clock turns yellow in its last hour', async () => {
    const { id: ticketId } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    const created = (await kit.stack.store.get('tickets', ticketId))!;
    // Filed Thu 09:00, 4 working hours to respond (due 14:30): the warning is due 3 working hours in, at 12:00.
    expect(created.slaCheckAt).toBe(utcMsAt('2026-11-26', 12, 0));
    setNow(kit.stack, utcMsAt('2026-11-26', 9, 5));
    expect(await tickThrice()).toBe(0);
    expect(await titlesTo(created.assigneeUserId!)).not.toContain('工单即将超时');
    setNow(kit.stack, utcMsAt('2026-11-26', 12, 1));
    expect(await tickThrice()).toBe(1);
    expect(await titlesTo(created.assigneeUserId!)).toContain('工单即将超时');
  });

  it('stops taking pages at the tick deadline and leaves the rest due for the next tick', async () => {
    const { id } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    const model = (await kit.stack.store.get('tickets', id))!;
    for (let i = 0; i < 120; i += 1) {
      await kit.stack.store.insert('tickets', { ...model, id: `copy-${String(i).padStart(3, '0')}` });
    }
    setNow(kit.stack, utcMsAt('2027-03-01', 9, 0));
    const warned = async () => (await all('tickets')).filter((t) => t.escalation.response.warnedAt !== null).length;
    // Deadline already reached: one page (100) is worked, the rest waits.
    await escalateDueTickets(kit.stack.deps, kit.stack.deps.clock.now());
    expect(await warned()).toBe(100);
    await escalateDueTickets(kit.stack.deps);
    expect(await warned()).toBe(121);
  });

  it('escalates a missed response and, later, a missed resolution, each once', async () => {
    const { id: ticketId } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    // Friday morning, nobody has accepted it: the 4-hour response deadline (Thu 14:30) is missed.
    setNow(kit.stack, utcMsAt('2026-11-27', 9, 0));
    expect(await tickThrice()).toBe(2); // warning + 督办 of the response clock
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    setNow(kit.stack, utcMsAt('2027-01-04', 9, 0));
    await tickThrice();
    const items = await all('supervision_items');
    // Accepted before the office's turn: the response stops at its leader 督办; the resolution goes all the way.
    expect(items.map((i) => `${i.clock}/${i.level}`).sort()).toEqual([
      'resolution/leader',
      'resolution/office',
      'response/leader',
    ]);
    expect(await tickThrice()).toBe(0);
  });
});
