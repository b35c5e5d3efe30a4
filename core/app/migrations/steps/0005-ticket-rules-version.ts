import type { Ticket } from '@core/tickets';
import { rulesOfTicket, serviceCatalogRepo } from '@core/tickets';
import { defineStep } from '../migration-step';

/**
 * Tickets still open (a resolved one may still be reopened) are stamped with the number of their
 * category's rule version in force when they were filed — version 1, which 0004 wrote from the targets
 * they already carry — so a later version never reaches them. Closed and cancelled tickets are left
 * as they are: rulesVersion null, nothing else touched.
 */
export const ticketRulesVersion = defineStep<Ticket>({
  id: '0005-ticket-rules-version',
  collection: 'tickets',
  toVersion: 3,
  description:
    'tickets: rulesVersion of the open ones (the category version in force at filing); closed ones untouched',
  upgrade: async (t, { store }) => {
    if (t.rulesVersion !== undefined) return {};
    if (t.status === 'closed' || t.status === 'cancelled') return { rulesVersion: null };
    const category = await serviceCatalogRepo(store).get(t.categoryId);
    return { rulesVersion: category ? rulesOfTicket(category, t).number : null };
  },
});
