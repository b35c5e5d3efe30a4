import type { StaffMember } from '@core/identity';
import type { RoutingCandidate } from './pick-assignee';

/** A staff member as routing weighs them (visits and tickets alike): presence, backup, skills, load. */
export const toCandidate = (s: StaffMember, load: number): RoutingCandidate => ({
  id: s.userId,
  name: s.name,
  isActive: s.isActive,
  isOnLeave: s.isOnLeave,
  backupId: s.backupUserId,
  skills: s.skills,
  load,
  lastAssignedAt: s.lastAssignedAt,
});
