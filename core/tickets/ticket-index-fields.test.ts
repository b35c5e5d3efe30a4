import { TICKET_STATUSES, type TicketStatus } from './ticket';
import { ticketIndexFields } from './ticket-index-fields';

const TAB_OF: Record<TicketStatus, 'open' | 'done' | 'neither'> = {
  submitted: 'open',
  assigned: 'open',
  accepted: 'open',
  in_progress: 'open',
  waiting_enterprise: 'open',
  resolved: 'done',
  closed: 'done',
  cancelled: 'neither',
};

describe('ticketIndexFields', () => {
  it.each(TICKET_STATUSES)('%s fills exactly the fields of its inbox tab', (status) => {
    const tab = TAB_OF[status];
    expect(ticketIndexFields(status, 'u-a', 'u-l', 't-1')).toEqual({
      openWithUserId: tab === 'open' ? 'u-a' : null,
      openTeamId: tab === 'open' ? 't-1' : null,
      openLeaderUserId: tab === 'open' ? 'u-l' : null,
      doneByUserId: tab === 'done' ? 'u-a' : null,
    });
  });
});
