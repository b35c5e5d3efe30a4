import type { DashboardAnswer } from './dashboard-actions';

import type { Caller } from '@core/kernel/caller';
import { localDateOf } from '@core/kernel/calendar/local-date';
import type { HandlerDeps } from '@core/kernel/deps';
import { loadWorkingTime } from '@core/settings';
import { dashboardFiguresFromCells } from './cell-figures';
import { loadDashboardSource } from './dashboard-rollup';
import { dashboardRepo } from './dashboard-repo';
import { directoryNames, filterText, resolvePeriod, resolveScope, type DashboardFilters } from './dashboard-request';
import { asOfInstant } from './stats';
import { ledgerFigures, type LedgerAnswer, type LedgerFilter } from './ledger-figures';

const prepare = async (filters: DashboardFilters, caller: Caller, deps: HandlerDeps) => {
  const now = deps.clock.now();
  const period = resolvePeriod(filters, now);
  const repo = dashboardRepo(deps.store);
  const directory = await repo.directory();
  const scope = resolveScope(filters, caller, directory);
  const time = await loadWorkingTime(deps.store);
  const source = await loadDashboardSource(deps.store, time, period);
  const followUps = await repo.followUpsBefore(period.to);
  const teamParks = new Map(directory.teams.map((t) => [t.id, t.parkId]));
  const parkOfTeam = (teamId: string) => teamParks.get(teamId) ?? null;
  return { repo, now, period, scope, time, source, followUps, names: directoryNames(directory), parkOfTeam };
};

/** The dashboard answer for the caller's filters (tickets.dashboard, and the export of it). */
export const loadDashboard = async (
  filters: DashboardFilters,
  caller: Caller,
  deps: HandlerDeps,
): Promise<DashboardAnswer> => {
  const { repo, now, period, scope, time, source, followUps, names } = await prepare(filters, caller, deps);
  const asOf = asOfInstant(period.to, now);
  const [visits, projects, stallRule, rejections] = await Promise.all([
    repo.visitsStartingIn(period.from, period.to),
    repo.projects(),
    repo.stallRule(),
    repo.rejections(period.from, asOf),
  ]);
  // Only a 签约 project can be stalled: read those plans alone.
  const plannedStarts = await repo.plannedStarts(projects.filter((p) => p.status === 'signed').map((p) => p.id));
  const leadVisitIds = await repo.visitsWithLead(visits.filter((v) => v.status === 'completed').map((v) => v.id));
  const projectExtras = { plannedStarts, stallRule, rejections, asOfDate: localDateOf(asOf), names };
  const input = {
    ...{ source, followUps, visits, leadVisitIds, projects, projectExtras },
    ...{ period, scope: scope.filter, now, time, names },
  };
  const figures = dashboardFiguresFromCells(input);
  return { ...figures, filterText: filterText(filters, period, scope.label), generatedAt: now, choices: scope.choices };
};

/** 考核台账 for the caller's filters: a leader's own teams and people only. */
export const loadLedger = async (
  filters: DashboardFilters,
  caller: Caller,
  deps: HandlerDeps,
  maxLines?: number,
): Promise<LedgerAnswer> => {
  const { repo, now, period, scope, source, followUps, names, parkOfTeam } = await prepare(filters, caller, deps);
  const asOf = asOfInstant(period.to, now);
  const entries = await repo.ledgerEntries(period.from, asOf);
  const { allowed, filter: s } = scope;
  const teamMembers = new Set(
    s.teamIds ? (await repo.teamMembers([...s.teamIds])).filter((id) => !allowed || allowed.userIds.has(id)) : [],
  );
  const filter: LedgerFilter = ({ subject, subjectId }, parkIds) => {
    if (allowed && !(subject === 'team' ? allowed.teamIds : allowed.userIds).has(subjectId)) return false;
    if (s.parkId !== undefined && !parkIds.includes(s.parkId)) return false;
    if (s.userId !== undefined) return subject === 'person' && subjectId === s.userId;
    if (s.teamIds !== undefined) return subject === 'team' ? s.teamIds.has(subjectId) : teamMembers.has(subjectId);
    return true;
  };
  // A 督办 in the period keeps its ticket's fact active since the period's start.
  const facts = { active: source.activeSince(period.from), factOf: source.factOf };
  const figures = ledgerFigures({ entries, facts, followUps, period, asOf, filter, names, parkOfTeam, maxLines });
  return { ...figures, filterText: filterText(filters, period, scope.label), generatedAt: now, choices: scope.choices };
};
