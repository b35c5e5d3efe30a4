import { localDateOf, utcMsAt, type LocalDate } from '@core/kernel/calendar/local-date';
import type { RatingLevel, SupervisionLevel } from '@core/tickets';
import { countsForSatisfaction, holderAt, type TicketFact } from './ticket-fact';

/**
 * One roll-up cell (C8 speed): the figures whose instant fell on one local day (+08:00), for one
 * category and park, credited to the team and person holding the work at that instant. Durations are
 * kept as sorted samples (exact working minutes), not histograms, so a median or P90 over any run of
 * days is the same nearest rank the scan over tickets gives.
 */
export interface FigureCell {
  day: LocalDate;
  categoryId: string;
  categoryName: string;
  parkId: string | null;
  teamId: string | null;
  userId: string | null;
  created: number;
  /** First resolved. */
  resolved: number;
  /** Open at the day's end, from open spans that have ended since (still-open spans are counted live). */
  openAtEnd: number;
  responseMet: number;
  responseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
  /** 确认办结 that day, and how many of those carry a rating. */
  confirmed: number;
  rated: number;
  /** Ratings given that day, by level. */
  ratings: Record<RatingLevel, number>;
  supervision: Record<SupervisionLevel, number>;
  /** Working minutes of the first responses, first resolutions and 确认办结 that day, ascending. */
  responseMinutes: number[];
  firstResolveMinutes: number[];
  fullResolveMinutes: number[];
}

/** Instants [from, to) whose figures go into cells; the whole timeline by default. */
export interface CellWindow {
  from: number;
  to: number;
}

export const WHOLE_TIMELINE: CellWindow = { from: -Infinity, to: Infinity };

const DAY = 86_400_000;
const SEP = '\u0001';

const emptyCell = (day: LocalDate, f: TicketFact, teamId: string | null, userId: string | null): FigureCell => ({
  ...{ day, categoryId: f.categoryId, categoryName: f.categoryName, parkId: f.parkId, teamId, userId },
  ...{ created: 0, resolved: 0, openAtEnd: 0, responseMet: 0, responseBreached: 0, resolutionMet: 0 },
  ...{
    resolutionBreached: 0,
    confirmed: 0,
    rated: 0,
    ratings: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 },
    supervision: { leader: 0, office: 0 },
  },
  ...{ responseMinutes: [], firstResolveMinutes: [], fullResolveMinutes: [] },
});

/** `isDayEnd`: the instant is a local midnight that closes the day before it (open at the day's end). */
type Give = (at: number | null | undefined, add: (c: FigureCell) => void, isDayEnd?: boolean) => void;

/** Every instant-figure of one fact, handed to `give` with its instant (the scan in ticket-figures counts the same ones). */
const eachFigure = (f: TicketFact, give: Give) => {
  give(f.createdAt, (c) => (c.created += 1));
  give(f.firstResolvedAt, (c) => (c.resolved += 1));
  const { responseMinutes, firstResolveMinutes, fullResolveMinutes } = f;
  if (responseMinutes !== null) give(f.respondedAt, (c) => c.responseMinutes.push(responseMinutes));
  if (firstResolveMinutes !== null) give(f.firstResolvedAt, (c) => c.firstResolveMinutes.push(firstResolveMinutes));
  const rated = countsForSatisfaction(f);
  if (fullResolveMinutes !== null && rated) give(f.closedAt, (c) => c.fullResolveMinutes.push(fullResolveMinutes));
  // A clock counts once: met at its stop, or breached at its due instant.
  if (f.response?.metAt != null) give(f.response.metAt, (c) => (c.responseMet += 1));
  else give(f.response?.breachAt, (c) => (c.responseBreached += 1));
  if (f.resolution?.metAt != null) give(f.resolution.metAt, (c) => (c.resolutionMet += 1));
  else give(f.resolution?.breachAt, (c) => (c.resolutionBreached += 1));
  const rating = f.rating;
  if (rating && rated) give(rating.at, (c) => (c.ratings[rating.level] += 1));
  if (rated) {
    give(f.closedAt, (c) => {
      c.confirmed += 1;
      if (f.rating) c.rated += 1;
    });
  }
  for (const s of f.supervision) give(s.at, (c) => (c.supervision[s.level] += 1));
  // Open at each day's end covered by a span that has ended: start < end-of-day ≤ span end. Local
  // midnights are a fixed DAY apart (no DST at +08:00), so a long span costs no date arithmetic.
  for (const [start, end] of f.open) {
    if (end === null) continue;
    for (let dayEnd = dayEndOf(localDateOf(start)); dayEnd <= end; dayEnd += DAY)
      give(dayEnd, (c) => (c.openAtEnd += 1), true);
  }
};

/**
 * One figure of one fact, placed: the cell it goes to (local day of its instant, holder at it) and what
 * it adds there. `probe` is the instant, or a day end's last instant.
 */
export interface FigureHit {
  fact: TicketFact;
  probe: number;
  day: LocalDate;
  teamId: string | null;
  userId: string | null;
  key: string;
  add: (c: FigureCell) => void;
}

/** Every figure of some facts whose instant is in `window`, placed and handed to `take`. */
const eachHit = (facts: Iterable<TicketFact>, window: CellWindow, take: (hit: FigureHit) => void) => {
  for (const fact of facts) {
    eachFigure(fact, (at, add, isDayEnd = false) => {
      if (at === null || at === undefined) return;
      const probe = isDayEnd ? at - 1 : at;
      if (probe < window.from || probe >= window.to) return;
      const { teamId, userId } = holderAt(fact, at);
      const day = localDateOf(probe);
      const key = [day, fact.categoryId, fact.parkId, teamId, userId].join(SEP);
      take({ fact, probe, day, teamId, userId, key, add });
    });
  }
};

const cellCounter = () => {
  const cells = new Map<string, FigureCell>();
  const count = ({ fact, day, teamId, userId, key, add }: FigureHit) => {
    const cell = cells.get(key) ?? emptyCell(day, fact, teamId, userId);
    cells.set(key, cell);
    add(cell);
  };
  const done = (): FigureCell[] => {
    const list = [...cells.values()];
    for (const c of list)
      for (const xs of [c.responseMinutes, c.firstResolveMinutes, c.fullResolveMinutes]) xs.sort(numeric);
    return list;
  };
  return { count, done };
};

/**
 * The cells of some facts: every figure whose instant is in `window`, on the local day of that instant
 * (a day's end counts on that day, when the day's last instant is in the window). Pure.
 */
export const cellsOf = (facts: Iterable<TicketFact>, window: CellWindow = WHOLE_TIMELINE): FigureCell[] => {
  const counter = cellCounter();
  eachHit(facts, window, counter.count);
  return counter.done();
};

/** The figures of some facts in `window`, kept apart so that one day's can be counted up to any instant. */
export const figureHits = (facts: Iterable<TicketFact>, window: CellWindow): FigureHit[] => {
  const hits: FigureHit[] = [];
  eachHit(facts, window, (hit) => hits.push(hit));
  return hits;
};

/** The cells of the hits before `until`: what `cellsOf` gives for the same facts and window cut there. */
export const cellsOfHits = (hits: Iterable<FigureHit>, until: number): FigureCell[] => {
  const counter = cellCounter();
  for (const hit of hits) if (hit.probe < until) counter.count(hit);
  return counter.done();
};

const numeric = (a: number, b: number) => a - b;

/**
 * What the stored cells were counted by: days whose cells carry another version are counted again from
 * their facts when read (2: 项目节点 tickets left out of satisfaction and 确认办结 times).
 */
export const CELLS_VERSION = 2;

/** The first instant of a local day's successor: a day's cells hold instants before it. */
export const dayEndOf = (day: LocalDate): number => utcMsAt(day, 0) + DAY;
