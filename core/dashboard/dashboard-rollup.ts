import { localDateOf, type LocalDate } from '@core/kernel/calendar/local-date';
import type { WorkingTime } from '@core/kernel/calendar/working-time';
import type { Ticket } from '@core/tickets';
import type { HandlerDeps } from '@core/kernel/deps';
import { loadWorkingTime } from '@core/settings';
import type { DocStore } from '@core/kernel/store/doc-store';
import { dashboardRepo } from './dashboard-repo';
import type { DashboardDay, RollupMark } from './dashboard-day';
import { factSource, indexDay, type FactSource, type IndexedDay } from './fact-source';
import { CELLS_VERSION, cellsOf } from './figure-cells';
import { presetPeriod } from './period';
import { activeUntil, ticketFact, type TicketFact } from './ticket-fact';

export { ROLLUP_MARK_ID } from './dashboard-repo';

export type { DashboardDay, RollupMark } from './dashboard-day';

type Repo = ReturnType<typeof dashboardRepo>;

const factsOf = async (repo: Repo, time: WorkingTime, tickets: readonly Ticket[]): Promise<TicketFact[]> =>
  Promise.all(tickets.map(async (t) => ticketFact(t, await repo.events(t.id), time)));

const byFilingDay = (facts: readonly TicketFact[]): Map<string, TicketFact[]> => {
  const byDay = new Map<string, TicketFact[]>();
  for (const f of facts) byDay.set(localDateOf(f.createdAt), [...(byDay.get(localDateOf(f.createdAt)) ?? []), f]);
  return byDay;
};

/** A day's facts with fresh ones put in (by ticket id), and the cells of them all. */
const refreshed = (current: readonly TicketFact[], fresh: readonly TicketFact[]) => {
  const merged = new Map(current.map((f) => [f.id, f]));
  for (const f of fresh) merged.set(f.id, f);
  const facts = [...merged.values()];
  return {
    facts,
    cells: cellsOf(facts),
    cellsVersion: CELLS_VERSION,
    activeUntil: Math.max(0, ...facts.map(activeUntil)),
  };
};

/** Puts fresh facts into their days' documents; re-folding the same facts writes the same days (idempotent). */
const storeFacts = async (repo: Repo, facts: readonly TicketFact[]): Promise<void> => {
  for (const [day, fresh] of byFilingDay(facts)) {
    const current = await repo.day(day);
    await repo.saveDay(current, day, refreshed(current?.facts ?? [], fresh));
  }
};

/** Changes may commit a little after their stamped instant: the mark stays this far behind the pass's start. */
const COMMIT_SLACK_MS = 60_000;

type Source = 'ticketsAt' | 'supervisionAt';

/** Tickets per roll-up page. */
const ROLLUP_PAGE = 1000;
/** Facts held before their days are written: a backlog rewrites each day once per this many, not once per page. */
const FLUSH = 20_000;

/** One page of a source: the tickets whose facts to refresh and the instant the page reaches. */
const pageOf = async (repo: Repo, source: Source, since: number, after: string | null, limit?: number) => {
  if (source === 'ticketsAt') {
    const page = await repo.ticketsChangedSince(since, after, limit);
    return { tickets: page.items, reached: page.items[page.items.length - 1]?.updatedAt, next: page.next };
  }
  const page = await repo.supervisionSince(since, after, limit);
  const tickets = await repo.ticketsByIds(page.items.map((i) => i.ticketId));
  return { tickets, reached: page.items[page.items.length - 1]?.createdAt, next: page.next };
};

/**
 * Scheduler job: folds every ticket changed (and every 督办 raised) since the last run into the daily
 * roll-ups, page by page, moving the mark after each page; stops taking pages at `deadline`. A late
 * event (a rating days after 确认办结) changes the ticket, so its fact and its day's cells are redone.
 * Once caught up it leaves the indexed days of the current quarter warm, so no answer pays their parse.
 */
export const rollUpDashboard = async (deps: HandlerDeps, deadline: number): Promise<number> => {
  const repo = dashboardRepo(deps.store);
  const time = await loadWorkingTime(deps.store);
  const startedAt = deps.clock.now();
  let mark = await repo.mark();
  let done = 0;
  for (const source of ['ticketsAt', 'supervisionAt'] as const) {
    const since = mark[source];
    let after: string | null = null;
    let pending: TicketFact[] = [];
    let reached: number | undefined;
    // Days are written once per FLUSH tickets (not per page), then the mark moves past them.
    const flush = async () => {
      await storeFacts(repo, pending);
      pending = [];
      if (reached !== undefined && reached !== mark[source]) mark = await repo.saveMark(mark, { [source]: reached });
    };
    do {
      if (deps.clock.now() >= deadline) {
        await flush();
        return done;
      }
      const page = await pageOf(repo, source, since, after, ROLLUP_PAGE);
      pending.push(...(await factsOf(repo, time, page.tickets)));
      done += page.tickets.length;
      after = page.next;
      reached = after === null ? Math.max(since, startedAt - COMMIT_SLACK_MS) : (page.reached ?? reached);
      if (pending.length >= FLUSH || after === null) await flush();
    } while (after !== null);
  }
  const now = deps.clock.now();
  await warmDashboardSource(deps.store, presetPeriod('quarter', now).from, localDateOf(now));
  return done;
};

/**
 * Indexed days kept per store, with the roll-up mark they were read at. Only the roll-up writes days,
 * from the tickets changed (and 督办 raised) since its mark, and it moves the mark after every page: a
 * new mark means re-reading the filing days of what changed since the old one, not every day.
 */
interface DayCache {
  mark: RollupMark;
  /** The earliest period start the cached days were read for. */
  from: number;
  days: Map<string, IndexedDay>;
}
const dayCaches = new WeakMap<DocStore, DayCache>();

/** Beyond this many changes since the cached mark, every day is read again instead. */
const REFRESH_MAX = 5000;

const indexStored = (day: DashboardDay): IndexedDay =>
  indexDay(
    day.id,
    day.activeUntil,
    day.facts,
    day.cells && day.cellsVersion === CELLS_VERSION ? day.cells : cellsOf(day.facts),
  );

const readAllDays = async (repo: Repo, from: number): Promise<Map<string, IndexedDay>> => {
  const days = new Map<string, IndexedDay>();
  let after: string | null = null;
  do {
    const page = await repo.daysActiveSince(from, after);
    for (const day of page.items) days.set(day.id, indexStored(day));
    after = page.next;
  } while (after !== null);
  return days;
};

/** The tickets changed and 督办 raised since `mark`, page by page; null past `max` tickets. */
const changedSince = async (repo: Repo, mark: RollupMark, max: number): Promise<Ticket[] | null> => {
  const tickets: Ticket[] = [];
  for (const source of ['ticketsAt', 'supervisionAt'] as const) {
    let cursor: string | null = null;
    do {
      const page = await pageOf(repo, source, mark[source], cursor);
      tickets.push(...page.tickets);
      if (tickets.length > max) return null;
      cursor = page.next;
    } while (cursor !== null);
  }
  return tickets;
};

const readDays = async (repo: Repo, store: DocStore, from: number, mark: RollupMark): Promise<DayCache['days']> => {
  const cached = dayCaches.get(store);
  if (cached && cached.from <= from && cached.mark.version === mark.version) return cached.days;
  const movedOn =
    cached &&
    cached.from <= from &&
    cached.mark.version < mark.version &&
    cached.mark.ticketsAt <= mark.ticketsAt &&
    cached.mark.supervisionAt <= mark.supervisionAt;
  const changed = movedOn ? await changedSince(repo, cached.mark, REFRESH_MAX) : null;
  if (!cached || !movedOn || changed === null) {
    const days = await readAllDays(repo, from);
    dayCaches.set(store, { mark, from, days });
    return days;
  }
  // Copy on refresh: an answer still reading the old map keeps a consistent set of days.
  const days = new Map(cached.days);
  for (const id of new Set(changed.map((t) => localDateOf(t.createdAt)))) {
    const day = await repo.day(id);
    if (day) days.set(id, indexStored(day));
  }
  dayCaches.set(store, { mark, from: cached.from, days });
  return days;
};

/**
 * Reads (or refreshes, after the mark moved) the indexed days a period starting at `from` needs, and
 * places their figures on `today`, so the next answer finds both in memory. The roll-up calls it for
 * the current quarter when caught up.
 */
export const warmDashboardSource = async (store: DocStore, from: number, today: LocalDate): Promise<void> => {
  const repo = dashboardRepo(store);
  const days = await readDays(repo, store, from, await repo.mark());
  factSource([...days.values()]).hitsOn(today);
};

/**
 * What a dashboard answer is computed from: the days still active at the period's start and filed
 * before its end, plus today's live delta (tickets changed since the roll-up last ran), whose days are
 * redone in memory, so an answer is never stale.
 */
export const loadDashboardSource = async (
  store: DocStore,
  time: WorkingTime,
  period: { from: number; toDate: string },
): Promise<FactSource> => {
  const repo = dashboardRepo(store);
  // The mark first: days written after it was read are newer, never older, than the delta below assumes.
  const mark = await repo.mark();
  const cached = await readDays(repo, store, period.from, mark);
  const days = new Map<string, IndexedDay>();
  for (const day of cached.values()) {
    if (day.activeUntil >= period.from && day.id < period.toDate) days.set(day.id, day);
  }
  const delta = await factsOf(repo, time, (await changedSince(repo, mark, Infinity)) ?? []);
  for (const [id, fresh] of byFilingDay(delta)) {
    if (id >= period.toDate) continue;
    const day = refreshed(cached.get(id)?.facts ?? [], fresh);
    days.set(id, indexDay(id, day.activeUntil, day.facts, day.cells));
  }
  return factSource([...days.values()]);
};
