import { TICKET_STATUSES, type TicketStatus } from './ticket';
import { AppError } from '@core/kernel/errors';
import {
  assertTicketChange,
  TICKET_ACTORS,
  TICKET_CHANGES,
  type TicketActor,
  type TicketChange,
} from './ticket-transitions';

/**
 * The machine written out by hand, independently of the table under test: change, from → to, by whom.
 * Every other (change, status, actor) combination must be refused.
 */
const ALLOWED: [TicketChange, TicketStatus, TicketStatus, TicketActor[]][] = [
  ['assign', 'submitted', 'assigned', ['system']],
  ['accept', 'submitted', 'accepted', ['assignee', 'team']],
  ['accept', 'assigned', 'accepted', ['assignee', 'team']],
  ['cancel', 'submitted', 'cancelled', ['owner']],
  ['cancel', 'assigned', 'cancelled', ['owner']],
  ['transfer', 'assigned', 'assigned', ['assignee']],
  ['transfer', 'accepted', 'assigned', ['assignee']],
  ['transfer', 'in_progress', 'assigned', ['assignee']],
  ['reassign', 'submitted', 'assigned', ['leader']],
  ['reassign', 'assigned', 'assigned', ['leader']],
  ['reassign', 'accepted', 'assigned', ['leader']],
  ['reassign', 'in_progress', 'assigned', ['leader']],
  ['reassign', 'waiting_enterprise', 'assigned', ['leader']],
  ['requestMaterials', 'accepted', 'waiting_enterprise', ['assignee']],
  ['requestMaterials', 'in_progress', 'waiting_enterprise', ['assignee']],
  ['supplement', 'waiting_enterprise', 'in_progress', ['owner']],
  ['reply', 'accepted', 'in_progress', ['assignee', 'leader']],
  ['reply', 'in_progress', 'in_progress', ['assignee', 'leader']],
  ['reply', 'waiting_enterprise', 'waiting_enterprise', ['assignee', 'leader']],
  ...(['submitted', 'assigned', 'accepted', 'in_progress', 'waiting_enterprise', 'resolved'] as const).map(
    (s): [TicketChange, TicketStatus, TicketStatus, TicketActor[]] => ['note', s, s, ['assignee', 'team', 'leader']],
  ),
  ['resolve', 'accepted', 'resolved', ['assignee']],
  ['resolve', 'in_progress', 'resolved', ['assignee']],
  ['reopen', 'resolved', 'in_progress', ['owner']],
  ['close', 'resolved', 'closed', ['owner']],
];

const expected = (
  change: TicketChange,
  from: TicketStatus,
  actor: TicketActor,
): TicketStatus | 'FORBIDDEN' | 'CONFLICT' => {
  const mayAct = ALLOWED.some(([c, , , by]) => c === change && by.includes(actor));
  if (!mayAct) return 'FORBIDDEN';
  return ALLOWED.find(([c, f]) => c === change && f === from)?.[2] ?? 'CONFLICT';
};

const outcome = (change: TicketChange, from: TicketStatus, actor: TicketActor): string => {
  try {
    return assertTicketChange(change, from, new Set([actor]));
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
};

const cases = TICKET_CHANGES.flatMap((change) =>
  TICKET_STATUSES.flatMap((from) => TICKET_ACTORS.map((actor) => [change, from, actor] as const)),
);

describe('ticket state machine', () => {
  it('covers every change the hand-written table names', () => {
    expect(new Set(ALLOWED.map(([c]) => c))).toEqual(new Set(TICKET_CHANGES));
  });

  it.each(cases)('%s from %s by %s', (change, from, actor) => {
    expect(outcome(change, from, actor)).toBe(expected(change, from, actor));
  });

  it('lets a person holding several roles act through any of them', () => {
    expect(assertTicketChange('reassign', 'in_progress', new Set<TicketActor>(['team', 'leader']))).toBe('assigned');
    expect(() => assertTicketChange('resolve', 'in_progress', new Set<TicketActor>(['team', 'leader']))).toThrow(
      '无权办结',
    );
  });

  it('explains a refused change in Chinese with the current status', () => {
    expect(() => assertTicketChange('cancel', 'accepted', new Set<TicketActor>(['owner']))).toThrow(
      '该申请已受理，不能取消',
    );
  });

  it('never leaves closed or cancelled', () => {
    for (const change of TICKET_CHANGES)
      for (const actor of TICKET_ACTORS) {
        expect(['FORBIDDEN', 'CONFLICT']).toContain(outcome(change, 'closed', actor));
        expect(['FORBIDDEN', 'CONFLICT']).toContain(outcome(change, 'cancelled', actor));
      }
  });
});
