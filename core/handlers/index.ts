import * as account from './account-handlers';
import * as catalog from './catalog-handlers';
import * as dashboard from './dashboard-handlers';
import type { HandlerMap } from './handler-types';
import * as messages from './message-handlers';
import * as followUp from './follow-up-handlers';
import * as supervision from './supervision-handlers';
import * as subscribe from './subscribe-handlers';
import * as ticketCatalog from './ticket-catalog-handlers';
import * as ticketCreate from './ticket-create-handler';
import * as ticketOwner from './ticket-owner-handlers';
import * as ticketStaff from './ticket-staff-handlers';
import * as visitBooking from './visit-booking-handlers';
import * as visitOwner from './visit-owner-handlers';
import * as visitStaff from './visit-staff-handlers';

export * from './handler-types';

export const HANDLERS: HandlerMap = {
  'catalog.home': catalog.home,
  'catalog.industries.list': catalog.listIndustries,
  'catalog.parks.list': catalog.listParks,
  'catalog.parks.get': catalog.getPark,
  'catalog.factories.list': catalog.listFactories,
  'catalog.articles.list': catalog.listArticles,
  'catalog.articles.get': catalog.getArticle,
  'account.whoami': account.whoami,
  'visits.availability': visitBooking.availability,
  'visits.book': visitBooking.book,
  'visits.mine': visitOwner.mine,
  'visits.get': visitOwner.get,
  'visits.reschedule': visitOwner.reschedule,
  'visits.cancel': visitOwner.cancel,
  'visits.staffList': visitStaff.staffList,
  'visits.confirm': visitStaff.confirm,
  'visits.decline': visitStaff.decline,
  'visits.complete': visitStaff.complete,
  'visits.noShow': visitStaff.noShow,
  'visits.note': visitStaff.note,
  'messages.list': messages.list,
  'messages.unreadCount': messages.unreadCount,
  'messages.markRead': messages.markRead,
  'messages.subscribeTemplates': subscribe.subscribeTemplates,
  'messages.subscribed': subscribe.subscribed,
  'tickets.catalog': ticketCatalog.catalog,
  'tickets.myProjects': ticketOwner.myProjects,
  'tickets.create': ticketCreate.create,
  'tickets.mine': ticketOwner.mine,
  'tickets.get': ticketOwner.get,
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
