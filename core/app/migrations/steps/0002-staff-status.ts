import type { StaffMember } from '@core/identity/staff';
import { defineStep } from '../migration-step';

/**
 * Staff profiles from before onboarding by invite (C10) have no status: the office's lists read it
 * from isActive, but `status` is an indexed field and a query on it would miss them.
 */
export const staffStatus = defineStep<StaffMember>({
  id: '0002-staff-status',
  collection: 'staff',
  toVersion: 2,
  description: 'staff: status (在岗 / 已离职) from isActive',
  upgrade: async (s) => ({ status: s.status ?? (s.isActive ? 'active' : 'left') }),
});
