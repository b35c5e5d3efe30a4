import type { Caller } from '@core/kernel/caller';
import type { Visit } from './visit';
import { notFound } from '@core/kernel/errors';
import { staffRepo } from '@core/identity';
import type { DocStore } from '@core/kernel/store/doc-store';

/** How the caller stands to a visit; decides what they may see and do. */
export type VisitViewer = 'owner' | 'host' | 'team' | 'admin';

/** Staff act on visits of their teams only; an investor on their own. Others get NOT_FOUND, not a hint it exists. */
export const viewerOf = async (store: DocStore, caller: Caller, visit: Visit): Promise<VisitViewer | null> => {
  const userId = caller.user?.id;
  if (!userId) return null;
  if (visit.ownerUserId === userId) return 'owner';
  const isStaff = caller.roles.includes('staff') || caller.roles.includes('leader');
  if (isStaff && visit.hostUserId === userId) return 'host';
  if (isStaff) {
    const teams = await staffRepo(store).teamsOf(userId);
    if (teams.some((t) => visit.teamIds.includes(t.id))) return 'team';
  }
  return caller.roles.includes('admin') ? 'admin' : null;
};

const HIDDEN = '预约不存在或无权查看';

export const requireViewer = async (
  store: DocStore,
  caller: Caller,
  visit: Visit | null,
  allowed: readonly VisitViewer[],
): Promise<{ visit: Visit; viewer: VisitViewer }> => {
  if (!visit) throw notFound(HIDDEN);
  const viewer = await viewerOf(store, caller, visit);
  if (!viewer || !allowed.includes(viewer)) throw notFound(HIDDEN);
  return { visit, viewer };
};

export const STAFF_VIEWERS: readonly VisitViewer[] = ['host', 'team'];
