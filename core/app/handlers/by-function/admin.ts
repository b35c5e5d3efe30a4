import * as adminCategories from '@core/admin/handlers/admin-category-handlers';
import * as adminInvites from '@core/admin/handlers/admin-invite-handlers';
import * as adminSettings from '@core/admin/handlers/admin-settings-handlers';
import * as adminStaff from '@core/admin/handlers/admin-staff-handlers';
import * as adminTeams from '@core/admin/handlers/admin-team-handlers';
import * as audit from '@core/admin/handlers/audit-handlers';
import { offboard } from '@core/admin/handlers/offboard-handler';
import { handOverToBackup } from '@core/admin/handlers/handover-handler';
import * as catalogOffice from '@core/catalog/handlers/catalog-office-handlers';
import { adminActions } from '@core/admin/admin-actions';
import { catalogActions } from '@core/catalog/catalog-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `admin` cloud function's handlers (C10 and the audit log), and only those. */
export const ADMIN_HANDLERS: FunctionHandlers<'admin'> = {
  'admin.staff.list': adminStaff.listStaff,
  'admin.staff.preregister': adminStaff.preregister,
  'admin.staff.setLeave': adminStaff.setLeave,
  'admin.staff.offboard': offboard,
  'admin.staff.handover': handOverToBackup,
  'admin.invites.issue': adminInvites.issueInvite,
  'admin.invites.revoke': adminInvites.revokeInvite,
  'admin.invites.list': adminInvites.listInvites,
  'admin.invites.qrcode': adminInvites.inviteQrCode,
  'admin.teams.list': adminTeams.listTeams,
  'admin.teams.save': adminTeams.saveTeam,
  'admin.settings.get': adminSettings.getSettings,
  'admin.settings.saveVisits': adminSettings.saveVisits,
  'admin.settings.saveCalendar': adminSettings.saveCalendar,
  'admin.settings.saveSubscribe': adminSettings.saveSubscribe,
  'admin.settings.saveProjects': adminSettings.saveProjects,
  'admin.audit.list': audit.listAudit,
  'admin.audit.verify': audit.verifyAudit,
  'admin.audit.purge': audit.purgeAudit,
  'admin.categories.list': adminCategories.listCategories,
  'admin.categories.save': adminCategories.saveCategory,
  'admin.categories.addRules': adminCategories.addRules,
  'admin.categories.withdrawRules': adminCategories.withdrawRules,
  'admin.catalog.parks.list': catalogOffice.listOfficeParks,
  'admin.catalog.parks.save': catalogOffice.saveOfficePark,
  'admin.catalog.factories.list': catalogOffice.listOfficeFactories,
  'admin.catalog.factories.save': catalogOffice.saveOfficeFactory,
  'admin.catalog.articles.list': catalogOffice.listOfficeArticles,
  'admin.catalog.articles.save': catalogOffice.saveOfficeArticle,
  'admin.catalog.articles.setStatus': catalogOffice.setOfficeArticleStatus,
};

/** The `admin` cloud function's action definitions (what dispatch validates and authorises by). */
export const ADMIN_ACTIONS = actionsOf('admin', adminActions, catalogActions);
