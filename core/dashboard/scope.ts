import type { TicketFact } from './ticket-fact';
import { holderAt } from './ticket-fact';

export { SCOPE_KINDS, SCOPE_KIND_LABELS, type ScopeKind } from './filter-kinds';

/**
 * Which work a figure counts. A ticket's figure belongs to a team or person when they held the work at
 * that figure's instant (filed, accepted, resolved, breached, rated), not when they hold it today.
 */
export interface ScopeFilter {
  parkId?: string;
  /** The leader's own teams, or the one team chosen. */
  teamIds?: ReadonlySet<string>;
  userId?: string;
}

export const matchesAt = (scope: ScopeFilter, fact: TicketFact, at: number): boolean => {
  if (scope.parkId !== undefined && fact.parkId !== scope.parkId) return false;
  if (scope.teamIds === undefined && scope.userId === undefined) return true;
  const holder = holderAt(fact, at);
  if (scope.teamIds !== undefined && !(holder.teamId !== null && scope.teamIds.has(holder.teamId))) return false;
  return scope.userId === undefined || holder.userId === scope.userId;
};

export interface VisitLike {
  parkIds: string[];
  teamIds: string[];
  hostUserId: string | null;
}

export const visitMatches = (scope: ScopeFilter, visit: VisitLike): boolean =>
  (scope.parkId === undefined || visit.parkIds.includes(scope.parkId)) &&
  (scope.teamIds === undefined || visit.teamIds.some((id) => scope.teamIds?.has(id))) &&
  (scope.userId === undefined || visit.hostUserId === scope.userId);
