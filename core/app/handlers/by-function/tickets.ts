import * as dashboard from '@core/dashboard/handlers/dashboard-handlers';
import * as followUp from '@core/sla/handlers/follow-up-handlers';
import * as supervision from '@core/sla/handlers/supervision-handlers';
import * as ticketAttachment from '@core/tickets/handlers/ticket-attachment-handler';
import * as ticketCatalog from '@core/tickets/handlers/ticket-catalog-handlers';
import * as ticketCreate from '@core/tickets/handlers/ticket-create-handler';
import * as ticketOwner from '@core/tickets/handlers/ticket-owner-handlers';
import * as ticketStaff from '@core/tickets/handlers/ticket-staff-handlers';
import { ticketActions } from '@core/tickets/ticket-actions';
import { supervisionActions } from '@core/sla/supervision-actions';
import { dashboardActions } from '@core/dashboard/dashboard-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `tickets` cloud function's handlers, and only those: its bundle carries nothing else. */
export const TICKETS_HANDLERS: FunctionHandlers<'tickets'> = {
  'tickets.catalog': ticketCatalog.catalog,
  'tickets.myProjects': ticketOwner.myProjects,
  'tickets.create': ticketCreate.create,
  'tickets.mine': ticketOwner.mine,
  'tickets.get': ticketOwner.get,
  'tickets.timeline': ticketOwner.timeline,
  'tickets.attachmentLink': ticketAttachment.attachmentLink,
  'tickets.cancel': ticketOwner.cancel,
  'tickets.supplement': ticketOwner.supplement,
  'tickets.reopen': ticketOwner.reopen,
  'tickets.close': ticketOwner.close,
  'tickets.inbox': ticketStaff.inbox,
  'tickets.colleagues': ticketStaff.colleagues,
  'tickets.accept': ticketStaff.accept,
  'tickets.transfer': ticketStaff.transfer,
  'tickets.reassign': ticketStaff.reassign,
  'tickets.requestMaterials': ticketStaff.requestMaterials,
  'tickets.note': ticketStaff.note,
  'tickets.reply': ticketStaff.reply,
  'tickets.resolve': ticketStaff.resolve,
  'tickets.supervision': supervision.supervision,
  'tickets.ledger': supervision.ledger,
  'tickets.followUps': followUp.followUps,
  'tickets.recordFollowUp': followUp.recordFollowUp,
  'tickets.closeFollowUp': followUp.closeFollowUp,
  'tickets.dashboard': dashboard.dashboard,
  'tickets.ledgerPage': dashboard.ledgerPage,
  'tickets.export': dashboard.exportReport,
};

/** The `tickets` cloud function's action definitions (what dispatch validates and authorises by). */
export const TICKETS_ACTIONS = actionsOf('tickets', ticketActions, supervisionActions, dashboardActions);
