import { cellsOf, dayEndOf, figureHits, type FigureCell, type FigureHit } from './figure-cells';
import { utcMsAt, type LocalDate } from '@core/kernel/calendar/local-date';
import { leadingCount } from './leading-count';
import { activeUntil, type TicketFact } from './ticket-fact';

/**
 * One filing day's roll-up as an answer reads it (C8 speed): its facts ordered by the last instant each
 * can change a figure (latest first), its still-open facts apart, and its cells grouped by the day of
 * their instant. Built once when the day is read, so an answer picks what its period and the open work
 * need without walking every fact of history.
 */
export interface IndexedDay {
  id: LocalDate;
  activeUntil: number;
  facts: readonly TicketFact[];
  /** `facts` latest-active first, and each one's activeUntil (same order). */
  byActive: readonly TicketFact[];
  untils: readonly number[];
  /** Facts with a span still open. */
  open: readonly TicketFact[];
  byId: ReadonlyMap<string, TicketFact>;
  cellsByDay: ReadonlyMap<LocalDate, readonly FigureCell[]>;
}

const hasOpenSpan = (f: TicketFact) => f.open.some(([, end]) => end === null);

/** A day's index; cells computed from the facts when the stored day has none. */
export const indexDay = (
  id: LocalDate,
  until: number,
  facts: readonly TicketFact[],
  cells: readonly FigureCell[] = cellsOf(facts),
): IndexedDay => {
  const ranked = facts.map((f) => ({ f, until: activeUntil(f) })).sort((a, b) => b.until - a.until);
  const cellsByDay = new Map<LocalDate, FigureCell[]>();
  for (const c of cells) {
    const list = cellsByDay.get(c.day);
    if (list) list.push(c);
    else cellsByDay.set(c.day, [c]);
  }
  return {
    ...{ id, activeUntil: until, facts },
    byActive: ranked.map((r) => r.f),
    untils: ranked.map((r) => r.until),
    open: facts.filter(hasOpenSpan),
    byId: new Map(facts.map((f) => [f.id, f])),
    cellsByDay,
  };
};

/** The days a period reads, and what an answer asks of their facts. */
export interface FactSource {
  /** Every fact of the days read (the scan over them is what the cells are tested against). */
  all: () => TicketFact[];
  /** Facts that can still change a figure at or after `at` (activeUntil ≥ at). */
  activeSince: (at: number) => TicketFact[];
  /** Facts with a span still open. */
  stillOpen: () => TicketFact[];
  /** A fact of the days read, by ticket id. */
  factOf: (ticketId: string) => TicketFact | undefined;
  /** The cells whose instant fell on a day in [fromDay, toDay). */
  cellsIn: (fromDay: LocalDate, toDay: LocalDate) => FigureCell[];
  /** The figures whose instant falls on `day` (a running period's cut day, counted live up to asOf). */
  hitsOn: (day: LocalDate) => FigureHit[];
}

/** A day's facts that can still change a figure at or after `at` (`untils` run latest first). */
const activeFrom = (d: IndexedDay, at: number): readonly TicketFact[] => {
  const active = leadingCount(d.untils, (until) => until >= at);
  return d.byActive.slice(0, active);
};

/**
 * One indexed day's figures on a later day, kept per (immutable) indexed day: every answer of the
 * running day reads the same ones, so the walk over the still-active facts happens once per roll-up
 * change, not once per answer.
 */
const hitsCache = new WeakMap<IndexedDay, { day: LocalDate; hits: FigureHit[] }>();

const dayHits = (d: IndexedDay, day: LocalDate): FigureHit[] => {
  const from = utcMsAt(day, 0);
  if (d.activeUntil < from) return [];
  const cached = hitsCache.get(d);
  if (cached?.day === day) return cached.hits;
  const hits = figureHits(activeFrom(d, from), { from, to: dayEndOf(day) });
  hitsCache.set(d, { day, hits });
  return hits;
};

/** A source over some indexed days (each day once); `factOf` looks a ticket up in them. */
export const factSource = (days: readonly IndexedDay[]): FactSource => ({
  all: () => days.flatMap((d) => d.facts),
  activeSince: (at) => days.flatMap((d) => (d.activeUntil >= at ? activeFrom(d, at) : [])),
  stillOpen: () => days.flatMap((d) => d.open),
  factOf: (ticketId) => {
    for (const d of days) {
      const found = d.byId.get(ticketId);
      if (found) return found;
    }
    return undefined;
  },
  cellsIn: (fromDay, toDay) => {
    const cells: FigureCell[] = [];
    for (const d of days)
      for (const [day, list] of d.cellsByDay) if (day >= fromDay && day < toDay) cells.push(...list);
    return cells;
  },
  hitsOn: (day) => days.flatMap((d) => dayHits(d, day)),
});
