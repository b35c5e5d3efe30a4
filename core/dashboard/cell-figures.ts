import { localDateOf, type LocalDate } from '@core/kernel/calendar/local-date';
import { isBadRating, type RatingLevel, type SupervisionLevel } from '@core/tickets';
import { bump, creditRows, type CreditCounter } from './credit-tables';
import type { DashboardFigures, DashboardInput } from './dashboard-figures';
import { cellsOfHits, type FigureCell } from './figure-cells';
import { followUpFigures, visitFigures, type TrendPoint } from './other-figures';
import { periodDays, type Period } from './period';
import { projectFigures } from './project-figures';
import { matchesAt, spansInScope, type ScopeFilter } from './scope';
import { asOfInstant, durationStats, onTimeStats } from './stats';
import type { FactSource } from './fact-source';
import { leadingCount } from './leading-count';
import { isOpenAt, type TicketFact } from './ticket-fact';
import { overdueLines, satisfactionOf, volumeTable, type CategoryVolume, type TicketFigures } from './ticket-figures';

const LEVELS = [1, 2, 3, 4, 5] as const;

const cellMatches = (scope: ScopeFilter, c: FigureCell): boolean =>
  (scope.parkId === undefined || c.parkId === scope.parkId) &&
  (scope.teamIds === undefined || (c.teamId !== null && scope.teamIds.has(c.teamId))) &&
  (scope.userId === undefined || c.userId === scope.userId);

/**
 * The cells a period counts: the rolled-up days before the day `asOf` cuts, and that day's live
 * delta (figures up to `asOf`, read from the facts still active then), so a running day never counts
 * a future instant.
 */
const periodCells = (source: FactSource, p: Period, asOf: number) => {
  const cutDay: LocalDate = asOf < p.to ? localDateOf(asOf - 1) : p.toDate;
  const cells = source.cellsIn(p.fromDate, cutDay);
  if (cutDay < p.toDate) cells.push(...cellsOfHits(source.hitsOn(cutDay), asOf));
  return cells;
};

/** The start of a fact's still-open span. */
const openSince = (f: TicketFact) => f.open.find(([, end]) => end === null)?.[0] ?? Infinity;

/**
 * Open at `asOf`: for a finished period its last day's cells hold the spans that have ended since, so
 * only still-open spans are added; a running period's cut day is read whole from the facts active then.
 */
const openAtAsOf = (live: LiveFacts, running: boolean, asOf: number) =>
  running ? live.activeAtAsOf.filter((f) => isOpenAt(f, asOf)) : live.open.filter((f) => openSince(f) < asOf);

/** The facts an answer reads besides the cells: the still-open ones, and those active at `asOf`. */
interface LiveFacts {
  open: readonly TicketFact[];
  activeAtAsOf: readonly TicketFact[];
}

/** The cells path's input: the scan's, with the indexed days in place of every fact. */
export type CellsInput = Omit<DashboardInput, 'facts'> & { source: FactSource };

const ticketTables = (cells: readonly FigureCell[], live: LiveFacts, input: CellsInput, asOf: number) => {
  const { scope, time } = input;
  const volumes = new Map<string, CategoryVolume>();
  const volume = ({ categoryId, categoryName }: { categoryId: string; categoryName: string }) => {
    const row = volumes.get(categoryId) ?? { categoryId, categoryName, created: 0, resolved: 0, openAtEnd: 0 };
    volumes.set(categoryId, row);
    return row;
  };
  const byLevel: Record<RatingLevel, number> = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 };
  const supervision: Record<SupervisionLevel, number> = { leader: 0, office: 0 };
  const samples = { response: [] as number[], first: [] as number[], full: [] as number[] };
  let [responseMet, responseBreached, resolutionMet, resolutionBreached, confirmed, rated] = [0, 0, 0, 0, 0, 0];
  const running = asOf < input.period.to;
  const lastDay = localDateOf(asOf - 1);
  for (const c of cells) {
    if (c.created) volume(c).created += c.created;
    if (c.resolved) volume(c).resolved += c.resolved;
    if (c.openAtEnd && !running && c.day === lastDay) volume(c).openAtEnd += c.openAtEnd;
    for (const level of LEVELS) byLevel[level] += c.ratings[level];
    supervision.leader += c.supervision.leader;
    supervision.office += c.supervision.office;
    samples.response.push(...c.responseMinutes);
    samples.first.push(...c.firstResolveMinutes);
    samples.full.push(...c.fullResolveMinutes);
    responseMet += c.responseMet;
    responseBreached += c.responseBreached;
    resolutionMet += c.resolutionMet;
    resolutionBreached += c.resolutionBreached;
    confirmed += c.confirmed;
    rated += c.rated;
  }
  for (const f of openAtAsOf(live, running, asOf)) if (matchesAt(scope, f, asOf)) volume(f).openAtEnd += 1;
  const teamName = (id: string | null) => (id === null ? '未分派' : input.names.team(id));
  const figures: TicketFigures = {
    ...volumeTable(volumes.values()),
    firstResponse: durationStats(samples.response),
    firstResolution: durationStats(samples.first),
    fullResolution: durationStats(samples.full),
    onTime: {
      response: onTimeStats(responseMet, responseBreached),
      resolution: onTimeStats(resolutionMet, resolutionBreached),
    },
    satisfaction: satisfactionOf(byLevel, confirmed, rated),
    supervision,
    ...overdueLines(live.activeAtAsOf, scope, asOf, time, teamName),
  };
  return figures;
};

/** Adds one cell's credit figures; a cell with none (only confirmations, say) makes no row. */
const creditOf = (c: FigureCell) => {
  const ratings = LEVELS.reduce((n, l) => n + c.ratings[l], 0);
  const badRatings = LEVELS.filter(isBadRating).reduce((n, l) => n + c.ratings[l], 0);
  const given = c.created + c.resolved + c.responseMinutes.length + c.responseMet + c.responseBreached;
  const more = c.resolutionMet + c.resolutionBreached + ratings + c.supervision.leader + c.supervision.office;
  if (given + more === 0) return null;
  return (k: CreditCounter) => {
    k.received += c.created;
    k.resolved += c.resolved;
    k.responseMinutes.push(...c.responseMinutes);
    k.responseMet += c.responseMet;
    k.responseBreached += c.responseBreached;
    k.resolutionMet += c.resolutionMet;
    k.resolutionBreached += c.resolutionBreached;
    k.ratings += ratings;
    k.badRatings += badRatings;
    k.supervision += c.supervision.leader + c.supervision.office;
  };
};

const creditTablesOf = (cells: readonly FigureCell[], names: CellsInput['names']) => {
  const people = new Map<string, CreditCounter>();
  const teams = new Map<string, CreditCounter>();
  for (const c of cells) {
    const add = creditOf(c);
    if (!add) continue;
    bump(people, c.userId, add);
    bump(teams, c.teamId, add);
  }
  return { people: creditRows(people, names.person), teams: creditRows(teams, names.team) };
};

const trendOf = (cells: readonly FigureCell[], live: LiveFacts, input: CellsInput, asOf: number) => {
  const { period: p, scope } = input;
  const running = asOf < p.to;
  const cutDay = localDateOf(asOf - 1);
  const days = periodDays(p).filter((d) => d <= cutDay);
  const points = new Map(days.map((date): [string, TrendPoint] => [date, { date, created: 0, resolved: 0, open: 0 }]));
  for (const c of cells) {
    const point = points.get(c.day);
    if (!point) continue;
    point.created += c.created;
    point.resolved += c.resolved;
    if (!running || c.day !== cutDay) point.open += c.openAtEnd;
  }
  const list = [...points.values()];
  // Still-open spans: open at every day's end after they began, counted where the holder then is in
  // scope — as range additions over the day ends (ascending), not a test per fact and day.
  const ats = list.map((_, i) => Math.min(p.from + (i + 1) * 86_400_000, asOf));
  const steps = new Array<number>(list.length + 1).fill(0);
  for (const f of live.open) {
    const after = openSince(f);
    for (const [from, to] of spansInScope(scope, f)) {
      const first = Math.max(
        leadingCount(ats, (at) => at < from),
        leadingCount(ats, (at) => at <= after),
      );
      const end = leadingCount(ats, (at) => at < to);
      if (first >= end) continue;
      (steps[first] as number) += 1;
      (steps[end] as number) -= 1;
    }
  }
  let open = 0;
  list.forEach((point, i) => {
    open += steps[i] as number;
    if (running && point.date === cutDay) {
      // A running period's cut day as at asOf: every span open then, not only the still-open ones.
      for (const f of openAtAsOf(live, true, asOf)) if (matchesAt(scope, f, asOf)) point.open += 1;
    } else point.open += open;
  });
  return list;
};

/**
 * The dashboard figures from roll-up cells plus the live facts: the same answer as `dashboardFigures`
 * (the scan over every ticket fact of the source), which the tests check on a seeded scenario. Pure.
 */
export const dashboardFiguresFromCells = (input: CellsInput): DashboardFigures => {
  const { source, period, scope, now } = input;
  const asOf = asOfInstant(period.to, now);
  const cells = periodCells(source, period, asOf).filter((c) => cellMatches(scope, c));
  const live: LiveFacts = { open: source.stillOpen(), activeAtAsOf: source.activeSince(asOf) };
  return {
    fromDate: period.fromDate,
    toDate: period.toDate,
    asOf,
    tickets: ticketTables(cells, live, input, asOf),
    followUps: followUpFigures(input.followUps, source.factOf, scope, period, asOf),
    visits: visitFigures(input.visits, scope, period, input.names.park, input.leadVisitIds),
    projects: projectFigures(input.projects ?? [], scope, period, input.projectExtras),
    ...creditTablesOf(cells, input.names),
    trend: trendOf(cells, live, input, asOf),
  };
};
