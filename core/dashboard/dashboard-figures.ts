import type { WorkingTime } from '@core/kernel/calendar/working-time';
import type { FollowUp } from '@core/tickets';
import type { Visit } from '@core/visits';
import { creditTables, type CreditRow } from './credit-tables';
import {
  followUpFigures,
  trendPoints,
  visitFigures,
  type FollowUpFigures,
  type ParkVisits,
  type TrendPoint,
} from './other-figures';
import type { Period } from './period';
import { projectFigures, type ProjectExtras, type ProjectFigures, type ProjectLike } from './project-figures';
import { asOfInstant } from './stats';
import type { ScopeFilter } from './scope';
import { ticketFigures, type TicketFigures } from './ticket-figures';
import type { TicketFact } from './ticket-fact';

export interface DashboardNames {
  person: (userId: string) => string;
  team: (teamId: string) => string;
  park: (parkId: string) => string;
}

export interface DashboardInput {
  facts: readonly TicketFact[];
  followUps: readonly FollowUp[];
  visits: readonly Visit[];
  /** The completed visits among `visits` that became a lead (visit → lead %). */
  leadVisitIds?: ReadonlySet<string>;
  /** Projects in the zone (the scope picks its own); none when left out. */
  projects?: readonly ProjectLike[];
  /** Plans, the stall rule and the period's screening rejections; no stall or rejection figures without. */
  projectExtras?: ProjectExtras;
  period: Period;
  scope: ScopeFilter;
  now: number;
  time: WorkingTime;
  names: DashboardNames;
}

export interface DashboardFigures {
  fromDate: string;
  toDate: string;
  /** Figures count up to here: the period's end, or now for a period still running. */
  asOf: number;
  tickets: TicketFigures;
  followUps: FollowUpFigures;
  visits: ParkVisits[];
  projects: ProjectFigures;
  people: CreditRow[];
  teams: CreditRow[];
  trend: TrendPoint[];
}

/** Every figure of the leader and office dashboard (C8) for one period and scope. Pure. */
export const dashboardFigures = (input: DashboardInput): DashboardFigures => {
  const { facts, period, scope, now, time, names } = input;
  const asOf = asOfInstant(period.to, now);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const teamName = (id: string | null) => (id === null ? '未分派' : names.team(id));
  return {
    fromDate: period.fromDate,
    toDate: period.toDate,
    asOf,
    tickets: ticketFigures(facts, scope, period, asOf, time, teamName),
    followUps: followUpFigures(input.followUps, (id) => byId.get(id), scope, period, asOf),
    visits: visitFigures(input.visits, scope, period, names.park, input.leadVisitIds),
    projects: projectFigures(input.projects ?? [], scope, period, input.projectExtras),
    ...creditTables(facts, scope, period, asOf, names),
    trend: trendPoints(facts, scope, period, asOf),
  };
};
