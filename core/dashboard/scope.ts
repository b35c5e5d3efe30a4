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

/**
 * The instant ranges [from, to) in which `matchesAt(scope, fact, at)` holds: the holder spans in scope
 * (the first one also before the ticket's first event). Lets a count over many instants of one fact
 * (the trend's day ends) be a few range additions instead of a test per instant.
 */
export const spansInScope = (scope: ScopeFilter, fact: TicketFact): [number, number][] => {
  if (scope.parkId !== undefined && fact.parkId !== scope.parkId) return [];
  if (scope.teamIds === undefined && scope.userId === undefined) return [[-Infinity, Infinity]];
  const holders = fact.holders.length ? fact.holders : [[-Infinity, null, null] as const];
  const spans: [number, number][] = [];
  holders.forEach(([, userId, teamId], i) => {
    if (scope.teamIds !== undefined && !(teamId !== null && scope.teamIds.has(teamId))) return;
    if (scope.userId !== undefined && userId !== scope.userId) return;
    spans.push([i === 0 ? -Infinity : (holders[i]?.[0] ?? -Infinity), holders[i + 1]?.[0] ?? Infinity]);
  });
  return spans;
};
