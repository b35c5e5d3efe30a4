import { useStore } from 'zustand';
import type {
  ActionInput,
  ActionName,
  AuditRecordView,
  CategoryAdminView,
  StaffAdminView,
  TeamAdminView,
} from '@core/app/contract';
import { newRequestId } from '../services/request-id';
import { call, type Transport } from '../services/transport';
import { createPagedListStore } from './create-paged-list-store';
import { createRunChange } from './run-change';

/** A choice in the office's pickers. */
export interface Option {
  id: string;
  label: string;
}

export type TeamOption = Option & { kind: TeamAdminView['kind'] };

/** Ok data, or nothing: the pickers simply stay empty when a read fails. */
const itemsOf = <T>(answer: { ok: true; data: { items: T[] } } | { ok: false }): T[] =>
  answer.ok ? answer.data.items : [];

/**
 * The office's lists, page by page (the filter is the search text), its reads and its writes. Only
 * the admin subpackage imports it, so it is bundled there, not in the main package.
 */
export const makeAdminStores = (transport: Transport, requestIds: () => string = newRequestId) => {
  const runChange = createRunChange(transport, requestIds);
  return {
    staff: createPagedListStore<StaffAdminView, string>(
      (query, cursor) => transport('admin.staff.list', { query, limit: 20, cursor }),
      '',
    ),
    teams: createPagedListStore<TeamAdminView, string>(
      (query, cursor) => transport('admin.teams.list', { query, limit: 20, cursor }),
      '',
    ),
    categories: createPagedListStore<CategoryAdminView, string>(
      (query, cursor) => transport('admin.categories.list', { query, limit: 20, cursor }),
      '',
    ),
    audit: createPagedListStore<AuditRecordView, string>(
      (_none, cursor) => transport('admin.audit.list', { limit: 20, cursor }),
      '',
    ),
    /** One write of the office (see runChange); `target` is the record it is about. */
    change: <A extends ActionName>(action: A, input: ActionInput<A>, target: string) =>
      runChange(action, input, { target }),
    settings: () => transport('admin.settings.get', {}),
    verifyAudit: () => transport('admin.audit.verify', {}),
    /** An open invite code as an image to scan (a mini-program code in WeChat, a QR of the H5 link locally). */
    inviteQr: (inviteId: string) => transport('admin.invites.qrcode', { inviteId }),
    /** The screening checklist, inactive items included (the office's editor). */
    screeningItems: () => transport('projects.screening.items', { includeInactive: true }),
    /** Pickers' choices (each ≤ 100, one read): teams, active staff, service categories with their skill. */
    teamOptions: (): Promise<TeamOption[]> =>
      transport('admin.teams.list', { limit: 100 }).then((a) =>
        itemsOf(a).map((t) => ({ id: t.id, label: t.name, kind: t.kind })),
      ),
    staffOptions: (): Promise<Option[]> =>
      transport('admin.staff.list', { limit: 100 }).then((a) =>
        itemsOf(a)
          .filter((s) => s.status === 'active')
          .map((s) => ({ id: s.userId, label: s.name })),
      ),
    categoryOptions: (): Promise<(Option & { skill: string })[]> =>
      transport('admin.categories.list', { limit: 100 }).then((a) =>
        itemsOf(a).map((c) => ({ id: c.id, label: c.name, skill: c.skill })),
      ),
  };
};

export const adminStores = makeAdminStores(call);
export const useStaffList = () => useStore(adminStores.staff);
export const useTeamList = () => useStore(adminStores.teams);
export const useAuditList = () => useStore(adminStores.audit);
export const useCategoryList = () => useStore(adminStores.categories);
