import { FUNCTION_NAMES, type ActionName } from '../contract/actions';
import { dataOf, errorOf, setNow } from '@tests/support/dispatch-kit';
import { validTicket } from '@tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { escalateDueTickets } from '@core/sla/escalate-tickets';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack(async () => {
  setNow(kit.stack, utcMsAt('2026-11-26', 9, 0));
  dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
  // Months later, never accepted: warned, 督办 and escalated to the office in one tick.
  setNow(kit.stack, utcMsAt('2027-02-01', 9, 0));
  await escalateDueTickets(kit.stack.deps);
});

describe('督办 items and the assessment ledger: leaders and the office only', () => {
  it('lists a leader’s own 督办 items and the office’s to admins', async () => {
    const mine = dataOf(await kit.send('leader', 'tickets.supervision', { limit: 10 }));
    // Never accepted: one 督办 for the missed response, one for the missed resolution.
    expect(mine.items.map((i) => `${i.level}/${i.clock}`).sort()).toEqual(['leader/resolution', 'leader/response']);
    expect(mine.items[0]).not.toHaveProperty('version');
    expect(errorOf(await kit.send('leader', 'tickets.supervision', { level: 'office' })).code).toBe('FORBIDDEN');
    const office = dataOf(await kit.send('admin', 'tickets.supervision', { level: 'office' }));
    expect(office.items.map((i) => `${i.level}/${i.clock}`).sort()).toEqual(['office/resolution', 'office/response']);
  });

  it('pages the ledger for leaders and admins, per subject', async () => {
    const first = dataOf(await kit.send('admin', 'tickets.ledger', { limit: 1 }));
    expect(first.items).toHaveLength(1);
    expect(first.next).not.toBeNull();
    const rest = dataOf(await kit.send('leader', 'tickets.ledger', { limit: 10, cursor: first.next }));
    expect(rest.items.length).toBeGreaterThan(0);
    const person =
      first.items[0]?.subject === 'person' ? first.items[0] : rest.items.find((e) => e.subject === 'person');
    const own = dataOf(await kit.send('leader', 'tickets.ledger', { subjectId: person?.subjectId ?? '' }));
    expect(own.items.every((e) => e.subjectId === person?.subjectId && e.kind === 'breach')).toBe(true);
    const team = [...first.items, ...rest.items].find((e) => e.subject === 'team');
    // Named as people read it, not by its id.
    expect(team?.subjectName).not.toBe(team?.subjectId);
  });

  it.each(['enterprise', 'staff', 'investor'] as const)('refuses the %s', async (as) => {
    expect(errorOf(await kit.send(as, 'tickets.ledger', {})).code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    expect(errorOf(await kit.send(as, 'tickets.supervision', {})).code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
  });
});

describe('the scheduler’s jobs are out of a client’s reach', () => {
  it('no client action is served by the scheduler function, and a made-up one is NOT_FOUND', async () => {
    expect(FUNCTION_NAMES).not.toContain('scheduler');
    for (const action of ['scheduler.tick', 'tickets.escalate', 'tickets.autoConfirm']) {
      expect(errorOf(await kit.send('admin', action as ActionName, {})).code).toBe('NOT_FOUND');
    }
  });
});
