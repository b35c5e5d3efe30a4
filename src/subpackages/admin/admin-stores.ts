import { useStore } from 'zustand';
import type { AuditRecordView, StaffAdminView, TeamAdminView } from '@core/app/contract';
import { call, type Transport } from '../../services/transport';
import { createPagedListStore } from '../../stores/create-paged-list-store';

/** The office's lists, page by page; the filter is the search text. Lives in the admin subpackage. */
export const makeAdminStores = (transport: Transport) => ({
  staff: createPagedListStore<StaffAdminView, string>(
    (query, cursor) => transport('admin.staff.list', { query, limit: 20, cursor }),
    '',
  ),
  teams: createPagedListStore<TeamAdminView, string>(
    (query, cursor) => transport('admin.teams.list', { query, limit: 20, cursor }),
    '',
  ),
  audit: createPagedListStore<AuditRecordView, string>(
    (_none, cursor) => transport('admin.audit.list', { limit: 20, cursor }),
    '',
  ),
});

export const adminStores = makeAdminStores(call);
export const useStaffList = () => useStore(adminStores.staff);
export const useTeamList = () => useStore(adminStores.teams);
export const useAuditList = () => useStore(adminStores.audit);
