import * as adminInvites from '@core/admin/handlers/admin-invite-handlers';
import * as adminSettings from '@core/admin/handlers/admin-settings-handlers';
import * as adminStaff from '@core/admin/handlers/admin-staff-handlers';
import * as adminTeams from '@core/admin/handlers/admin-team-handlers';
import * as audit from '@core/admin/handlers/audit-handlers';
import { offboard } from '@core/admin/handlers/offboard-handler';
import { handOverToBackup } from '@core/admin/handlers/handover-handler';
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
};
