import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { daysBetween, type LocalDate } from '@core/kernel/calendar/local-date';
import {
  PROJECT_STAGES,
  projectStall,
  type Project,
  type ProjectStage,
  type ProjectStatus,
  type RejectionTotals,
} from '@core/projects';
import type { StallRule } from '@core/settings';
import type { ScopeFilter } from './scope';
import { nearestRank, ratio } from './stats';

dayjs.extend(utc);

/** What the project figures read of a project. */
export type ProjectLike = Pick<
  Project,
  'id' | 'name' | 'stage' | 'status' | 'evidence' | 'parkId' | 'teamId' | 'leaderUserId'
>;

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

export type StallColour = 'yellow' | 'red';

export interface StalledProject {
  projectId: string;
  name: string;
  leaderName: string;
  teamName: string;
  plannedStartOn: LocalDate;
  /** Whole calendar months from the planned start to the as-of date. */
  monthsLate: number;
  colour: StallColour;
  /** The stall rule's words, e.g. "签约后超过计划开工3个月未开工（计划 2026-08-01）". */
  text: string;
}

export interface ProjectFigures {
  total: number;
  /** Projects by their status now (the five stages and 终止). */
  byStatus: Record<ProjectStatus, number>;
  conversion: StageStep[];
  stageDays: StageDays[];
  /** 签约未开工 at the as-of date (the period's end, or today), red first, then most months late. */
  stalled: { yellow: number; red: number; projects: StalledProject[] };
  /** 不予引进 decided in the period; null for a scope narrower than the whole zone (see help text). */
  rejections: RejectionTotals | null;
}

/** What the stall and rejection figures need besides the projects (read by load-dashboard). */
export interface ProjectExtras {
  /** The planned 开工 of each project with a plan (project_plans.plannedStartOn). */
  plannedStarts: ReadonlyMap<string, LocalDate | null>;
  stallRule: StallRule;
  /** Zone-wide 不予引进 in the period (screenings carry no park, team or leader). */
  rejections: RejectionTotals;
  /** The +08:00 date the stall rule is read at. */
  asOfDate: LocalDate;
  names: { person: (userId: string) => string; team: (teamId: string) => string };
}

const isWholeZone = (scope: ScopeFilter) =>
  scope.parkId === undefined && scope.teamIds === undefined && scope.userId === undefined;

const stalledOf = (mine: readonly ProjectLike[], x: ProjectExtras): ProjectFigures['stalled'] => {
  const projects = mine.flatMap((p): StalledProject[] => {
    const plannedStartOn = x.plannedStarts.get(p.id) ?? null;
    const stall = projectStall({ stage: p.stage, status: p.status, plannedStartOn }, x.asOfDate, x.stallRule);
    if (plannedStartOn === null || stall.colour === null || stall.colour === 'on_track' || stall.text === null)
      return [];
    return [
      {
        ...{ projectId: p.id, name: p.name, plannedStartOn, colour: stall.colour, text: stall.text },
        leaderName: p.leaderUserId === null ? '未指定' : x.names.person(p.leaderUserId),
        teamName: p.teamId === null ? '未分派' : x.names.team(p.teamId),
        monthsLate: dayjs.utc(x.asOfDate).diff(dayjs.utc(plannedStartOn), 'month'),
      },
    ];
  });
  // Whatever order the projects were read in: red first, the latest first, then by id.
  projects.sort((a, b) =>
    a.colour === b.colour
      ? b.monthsLate - a.monthsLate || a.projectId.localeCompare(b.projectId)
      : a.colour === 'red'
        ? -1
        : 1,
  );
  const count = (c: StallColour) => projects.filter((p) => p.colour === c).length;
  return { yellow: count('yellow'), red: count('red'), projects };
};

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
 * 竣工→投产 from the stage evidence dates, for moves completed in [fromDate, toDate); with `extras`,
 * the stalled projects (projectStall at the as-of date) and the period's screening rejections. Pure.
 */
export const projectFigures = (
  projects: readonly ProjectLike[],
  scope: ScopeFilter,
  period: { fromDate: LocalDate; toDate: LocalDate },
  extras?: ProjectExtras,
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
  const stalled = extras ? stalledOf(mine, extras) : { yellow: 0, red: 0, projects: [] };
  const rejections = extras && isWholeZone(scope) ? extras.rejections : null;
  return { total: mine.length, byStatus, conversion, stageDays, stalled, rejections };
};
