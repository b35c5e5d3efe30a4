import { TICKET_STATUS_LABELS, type TicketStatus } from './ticket';
import { AppError, conflict } from '@core/kernel/errors';

/**
 * How a person stands to a ticket. One person may hold several (a leader who also works it).
 * `system` is routing at submission; `office` is the admin reading for oversight (no change is theirs).
 */
export const TICKET_ACTORS = ['owner', 'assignee', 'team', 'leader', 'office', 'system'] as const;
export type TicketActor = (typeof TICKET_ACTORS)[number];

interface Transition {
  by: readonly TicketActor[];
  /** From-status → to-status; a status not listed cannot take this change. */
  moves: Partial<Record<TicketStatus, TicketStatus>>;
}

const WORKING: TicketStatus[] = ['accepted', 'in_progress', 'waiting_enterprise'];
const stay = (statuses: readonly TicketStatus[]) =>
  Object.fromEntries(statuses.map((s) => [s, s])) as Partial<Record<TicketStatus, TicketStatus>>;

/** The state machine, with who may make each change. */
export const TICKET_TRANSITIONS = {
  assign: { by: ['system'], moves: { submitted: 'assigned' } },
  /** The assignee, or a teammate taking it on (one wins; the other gets CONFLICT); also one nobody could be routed to. */
  accept: { by: ['assignee', 'team'], moves: { submitted: 'accepted', assigned: 'accepted' } },
  cancel: { by: ['owner'], moves: { submitted: 'cancelled', assigned: 'cancelled' } },
  /** To a colleague or re-routed; the new person accepts again. */
  transfer: { by: ['assignee'], moves: { assigned: 'assigned', accepted: 'assigned', in_progress: 'assigned' } },
  reassign: {
    by: ['leader'],
    moves: {
      submitted: 'assigned',
      assigned: 'assigned',
      accepted: 'assigned',
      in_progress: 'assigned',
      waiting_enterprise: 'assigned',
    },
  },
  requestMaterials: { by: ['assignee'], moves: { accepted: 'waiting_enterprise', in_progress: 'waiting_enterprise' } },
  supplement: { by: ['owner'], moves: { waiting_enterprise: 'in_progress' } },
  /** A public answer starts the work; while waiting for the enterprise it does not end the pause. */
  reply: {
    by: ['assignee', 'leader'],
    moves: { accepted: 'in_progress', in_progress: 'in_progress', waiting_enterprise: 'waiting_enterprise' },
  },
  note: { by: ['assignee', 'team', 'leader'], moves: stay(['submitted', 'assigned', ...WORKING, 'resolved']) },
  resolve: { by: ['assignee'], moves: { accepted: 'resolved', in_progress: 'resolved' } },
  reopen: { by: ['owner'], moves: { resolved: 'in_progress' } },
  close: { by: ['owner'], moves: { resolved: 'closed' } },
} as const satisfies Record<string, Transition>;

export type TicketChange = keyof typeof TICKET_TRANSITIONS;
export const TICKET_CHANGES = Object.keys(TICKET_TRANSITIONS) as TicketChange[];

export const TICKET_CHANGE_LABELS: Record<TicketChange, string> = {
  assign: '分派',
  accept: '受理',
  cancel: '取消',
  transfer: '转办',
  reassign: '改派',
  requestMaterials: '要求补充材料',
  supplement: '补充材料',
  reply: '答复',
  note: '添加内部备注',
  resolve: '办结',
  reopen: '重新打开',
  close: '确认办结',
};

export const canActAs = (change: TicketChange, actors: ReadonlySet<TicketActor>): boolean =>
  (TICKET_TRANSITIONS[change].by as readonly TicketActor[]).some((a) => actors.has(a));

/** The status after `change`, or null when the status does not allow it. */
export const nextStatus = (change: TicketChange, from: TicketStatus): TicketStatus | null =>
  (TICKET_TRANSITIONS[change].moves as Partial<Record<TicketStatus, TicketStatus>>)[from] ?? null;

/**
 * FORBIDDEN when the person may never make this change; CONFLICT when the ticket has moved on
 * (someone else acted first). Returns the next status.
 */
export const assertTicketChange = (
  change: TicketChange,
  from: TicketStatus,
  actors: ReadonlySet<TicketActor>,
): TicketStatus => {
  if (!canActAs(change, actors)) throw new AppError('FORBIDDEN', `无权${TICKET_CHANGE_LABELS[change]}`);
  const to = nextStatus(change, from);
  if (to === null) throw conflict(`该申请${TICKET_STATUS_LABELS[from]}，不能${TICKET_CHANGE_LABELS[change]}`);
  return to;
};
