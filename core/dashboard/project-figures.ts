import { daysBetween, type LocalDate } from '@core/kernel/calendar/local-date';
import { PROJECT_STAGES, type Project, type ProjectStage, type ProjectStatus } from '@core/projects';
import type { ScopeFilter } from './scope';
import { nearestRank, ratio } from './stats';

/** What the project figures read of a project. */
export type ProjectLike = Pick<Project, 'id' | 'stage' | 'status' | 'evidence' | 'parkId' | 'teamId' | 'leaderUserId'>;

export interface StageStep {
  from: ProjectStage;
  to: ProjectStage;
  /** Projects that reached `from` (now, 终止 ones by the stage they had reached), and of those `to`. */
  reachedFrom: number;
  reachedTo: number;
  rate: number | null;
}

export interface StageDays {
  from: ProjectStage;
  to: ProjectStage;
  /** Moves whose later evidence date falls in the period. */
  count: number;
  medianDays: number | null;
}

export interface ProjectFigures {
  total: number;
  /** Projects by their status now (the five stages and 终止). */
  byStatus: Record<ProjectStatus, number>;
  conversion: StageStep[];
  stageDays: StageDays[];
}

/** The evidence date of reaching a stage (+08:00 local dates), where the record has one. */
const reachedOn = (p: ProjectLike, stage: ProjectStage): LocalDate | null => {
  const e = p.evidence;
  if (stage === 'signed') return e.signed?.date ?? null;
  if (stage === 'construction') return e.construction?.date ?? null;
  if (stage === 'completed') return e.completed?.acceptanceFiledOn ?? null;
  if (stage === 'production') return e.production?.date ?? null;
  return null;
};

/** A project belongs to a scope by its park, its 一套班子 (team) and its 一位领导 (person), as they are now. */
export const projectMatches = (scope: ScopeFilter, p: ProjectLike): boolean =>
  (scope.parkId === undefined || p.parkId === scope.parkId) &&
  (scope.teamIds === undefined || (p.teamId !== null && scope.teamIds.has(p.teamId))) &&
  (scope.userId === undefined || p.leaderUserId === scope.userId);

const DAY_STEPS: [ProjectStage, ProjectStage][] = [
  ['signed', 'construction'],
  ['construction', 'completed'],
  ['completed', 'production'],
];

/**
 * Project figures (C6 on the dashboard): counts by status now, stage-to-stage conversion (of those that
 * reached a stage, the share that reached the next), and median calendar days 签约→开工, 开工→竣工 and
 * 竣工→投产 from the stage evidence dates, for moves completed in [fromDate, toDate). Pure.
 */
export const projectFigures = (
  projects: readonly ProjectLike[],
  scope: ScopeFilter,
  period: { fromDate: LocalDate; toDate: LocalDate },
): ProjectFigures => {
  const mine = projects.filter((p) => projectMatches(scope, p));
  const byStatus: Record<ProjectStatus, number> = {
    negotiating: 0,
    signed: 0,
    construction: 0,
    completed: 0,
    production: 0,
    terminated: 0,
  };
  for (const p of mine) byStatus[p.status] += 1;
  const reached = (stage: ProjectStage) =>
    mine.filter((p) => PROJECT_STAGES.indexOf(p.stage) >= PROJECT_STAGES.indexOf(stage)).length;
  const conversion = PROJECT_STAGES.slice(0, -1).map((from, i): StageStep => {
    const to = PROJECT_STAGES[i + 1] as ProjectStage;
    const [reachedFrom, reachedTo] = [reached(from), reached(to)];
    return { from, to, reachedFrom, reachedTo, rate: ratio(reachedTo, reachedFrom) };
  });
  const stageDays = DAY_STEPS.map(([from, to]): StageDays => {
    const days = mine.flatMap((p) => {
      const [start, end] = [reachedOn(p, from), reachedOn(p, to)];
      return start && end && end >= period.fromDate && end < period.toDate ? [daysBetween(start, end)] : [];
    });
    return { from, to, count: days.length, medianDays: nearestRank(days, 50) };
  });
  return { total: mine.length, byStatus, conversion, stageDays };
};
