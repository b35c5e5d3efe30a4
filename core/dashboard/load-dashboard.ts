import type { DashboardAnswer } from './dashboard-actions';

import type { Caller } from '@core/kernel/caller';
import type { HandlerDeps } from '@core/kernel/deps';
import { loadWorkingTime } from '@core/settings';
import type { CollectionName, DocOf } from '@core/kernel/store/collections';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';
import { dashboardFigures } from './dashboard-figures';
import { loadDashboardFacts } from './dashboard-rollup';
import {
  directoryNames,
  filterText,
  loadDirectory,
  resolvePeriod,
  resolveScope,
  type DashboardFilters,
} from './dashboard-request';
import { asOfInstant } from './stats';
import { ledgerFigures, type LedgerAnswer, type LedgerFilter } from './ledger-figures';

/** Every document matching `where`, page by page (the collections read here stay in the thousands). */
const readAll = async <C extends CollectionName>(
  store: DocStore,
  collection: C,
  where: Filter,
): Promise<DocOf<C>[]> => {
  const all: DocOf<C>[] = [];
  let after: string | null = null;
  do {
    const page: Page<DocOf<C>> = await store.find(collection, { where, limit: 1000, after });
    all.push(...page.items);
    after = page.next;
  } while (after !== null);
  return all;
};

const prepare = async (filters: DashboardFilters, caller: Caller, deps: HandlerDeps) => {
  const now = deps.clock.now();
  const period = resolvePeriod(filters, now);
  const directory = await loadDirectory(deps.store);
  const scope = resolveScope(filters, caller, directory);
  const time = await loadWorkingTime(deps.store);
  const facts = await loadDashboardFacts(deps.store, time, period);
  const followUps = await readAll(deps.store, 'follow_ups', { createdAt: { lt: period.to } });
  return { now, period, scope, time, facts, followUps, names: directoryNames(directory) };
};

/** The dashboard answer for the caller's filters (tickets.dashboard, and the export of it). */
export const loadDashboard = async (
  filters: DashboardFilters,
  caller: Caller,
  deps: HandlerDeps,
): Promise<DashboardAnswer> => {
  const { now, period, scope, time, facts, followUps, names } = await prepare(filters, caller, deps);
  const visits = await readAll(deps.store, 'visits', { startsAt: { gte: period.from, lt: period.to } });
  const figures = dashboardFigures({ facts, followUps, visits, period, scope: scope.filter, now, time, names });
  return { ...figures, filterText: filterText(filters, period, scope.label), generatedAt: now, choices: scope.choices };
};

/** 考核台账 for the caller's filters: a leader's own teams and people only. */
export const loadLedger = async (
  filters: DashboardFilters,
  caller: Caller,
  deps: HandlerDeps,
  maxLines?: number,
): Promise<LedgerAnswer> => {
  const { now, period, scope, facts, followUps, names } = await prepare(filters, caller, deps);
  const asOf = asOfInstant(period.to, now);
  const entries = await readAll(deps.store, 'assessment_ledger', {
    at: { gte: period.from, lt: asOf },
  });
  const byId = new Map(facts.map((f) => [f.id, f]));
  const { allowed, filter: s } = scope;
  const teamMembers = new Set(
    s.teamIds
      ? (await loadTeamMembers(deps.store, [...s.teamIds])).filter((id) => !allowed || allowed.userIds.has(id))
      : [],
  );
  const filter: LedgerFilter = (subject, subjectId, ticketId) => {
    if (allowed && !(subject === 'team' ? allowed.teamIds : allowed.userIds).has(subjectId)) return false;
    if (s.parkId !== undefined && (ticketId === null || byId.get(ticketId)?.parkId !== s.parkId)) return false;
    if (s.userId !== undefined) return subject === 'person' && subjectId === s.userId;
    if (s.teamIds !== undefined) return subject === 'team' ? s.teamIds.has(subjectId) : teamMembers.has(subjectId);
    return true;
  };
  const figures = ledgerFigures({ entries, facts: byId, followUps, period, asOf, filter, names, maxLines });
  return { ...figures, filterText: filterText(filters, period, scope.label), generatedAt: now, choices: scope.choices };
};

const loadTeamMembers = async (store: DocStore, teamIds: string[]): Promise<string[]> =>
  (await Promise.all(teamIds.map((id) => store.get('teams', id)))).flatMap((t) => t?.memberIds ?? []);
