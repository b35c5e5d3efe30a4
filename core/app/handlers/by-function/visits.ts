import * as visitBooking from '@core/visits/handlers/visit-booking-handlers';
import * as visitOwner from '@core/visits/handlers/visit-owner-handlers';
import * as visitStaff from '@core/visits/handlers/visit-staff-handlers';
import { projectTeamIdOfOwner } from '@core/projects';
import { visitActions } from '@core/visits/visit-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `visits` cloud function's handlers, and only those: its bundle carries nothing else. */
export const VISITS_HANDLERS: FunctionHandlers<'visits'> = {
  'visits.availability': visitBooking.availability,
  'visits.book': visitBooking.bookWith(projectTeamIdOfOwner),
  'visits.mine': visitOwner.mine,
  'visits.get': visitOwner.get,
  'visits.timeline': visitOwner.timeline,
  'visits.reschedule': visitOwner.reschedule,
  'visits.cancel': visitOwner.cancel,
  'visits.staffList': visitStaff.staffList,
  'visits.confirm': visitStaff.confirm,
  'visits.decline': visitStaff.decline,
  'visits.complete': visitStaff.complete,
  'visits.noShow': visitStaff.noShow,
  'visits.note': visitStaff.note,
};

/** The `visits` cloud function's action definitions (what dispatch validates and authorises by). */
export const VISITS_ACTIONS = actionsOf('visits', visitActions);
