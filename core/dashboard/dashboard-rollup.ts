import { localDateOf } from '@core/kernel/calendar/local-date';
import type { WorkingTime } from '@core/kernel/calendar/working-time';
import type { Ticket } from '@core/tickets';
import type { HandlerDeps } from '@core/kernel/deps';
import { loadWorkingTime } from '@core/settings';
import type { DocStore } from '@core/kernel/store/doc-store';
import { dashboardRepo } from './dashboard-repo';
import type { DashboardDay } from './dashboard-day';
import { cellsOf, type FigureCell } from './figure-cells';
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
  return { facts, cells: cellsOf(facts), activeUntil: Math.max(0, ...facts.map(activeUntil)) };
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

/** One page of a source: the tickets whose facts to refresh and the instant the page reaches. */
const pageOf = async (repo: Repo, source: Source, since: number, after: string | null) => {
  if (source === 'ticketsAt') {
    const page = await repo.ticketsChangedSince(since, after);
    return { tickets: page.items, reached: page.items[page.items.length - 1]?.updatedAt, next: page.next };
  }
  const page = await repo.supervisionSince(since, after);
  const tickets = await repo.ticketsByIds(page.items.map((i) => i.ticketId));
  return { tickets, reached: page.items[page.items.length - 1]?.createdAt, next: page.next };
};

/**
 * Scheduler job: folds every ticket changed (and every 督办 raised) since the last run into the daily
 * roll-ups, page by page, moving the mark after each page; stops taking pages at `deadline`. A late
 * event (a rating days after 确认办结) changes the ticket, so its fact and its day's cells are redone.
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
    do {
      if (deps.clock.now() >= deadline) return done;
      const page = await pageOf(repo, source, since, after);
      await storeFacts(repo, await factsOf(repo, time, page.tickets));
      done += page.tickets.length;
      after = page.next;
      const reached = after === null ? Math.max(since, startedAt - COMMIT_SLACK_MS) : page.reached;
      if (reached !== undefined && reached !== mark[source]) mark = await repo.saveMark(mark, { [source]: reached });
    } while (after !== null);
  }
  return done;
};

type ReadDay = Pick<DashboardDay, 'id' | 'activeUntil' | 'facts'> & { cells: FigureCell[] };

/**
 * Parsed days kept per store while the roll-up mark stands still: only the roll-up writes days, and it
 * moves the mark after every page it writes, so an unchanged mark version means unchanged days.
 */
interface DayCache {
  markVersion: number;
  /** The earliest period start the cached days were read for. */
  from: number;
  days: ReadDay[];
}
const dayCaches = new WeakMap<DocStore, DayCache>();

const readDays = async (repo: Repo, store: DocStore, from: number, markVersion: number): Promise<ReadDay[]> => {
  const cached = dayCaches.get(store);
  if (cached && cached.markVersion === markVersion && cached.from <= from) return cached.days;
  const days: ReadDay[] = [];
  let after: string | null = null;
  do {
    const page = await repo.daysActiveSince(from, after);
    for (const { id, activeUntil: until, facts, cells } of page.items) {
      days.push({ id, activeUntil: until, facts, cells: cells ?? cellsOf(facts) });
    }
    after = page.next;
  } while (after !== null);
  dayCaches.set(store, { markVersion, from, days });
  return days;
};

/** What a dashboard answer is computed from: every fact a period can need, and the cells of its days. */
export interface DashboardSource {
  facts: TicketFact[];
  dayCells: FigureCell[];
}

/**
 * The days still active at the period's start and filed before its end, plus today's live delta
 * (tickets changed since the roll-up last ran): their days' cells are redone in memory, so an answer is
 * never stale.
 */
export const loadDashboardSource = async (
  store: DocStore,
  time: WorkingTime,
  period: { from: number; toDate: string },
): Promise<DashboardSource> => {
  const repo = dashboardRepo(store);
  // The mark first: days written after it was read are newer, never older, than the delta below assumes.
  const mark = await repo.mark();
  const days = new Map<string, { facts: readonly TicketFact[]; cells: FigureCell[] }>();
  for (const day of await readDays(repo, store, period.from, mark.version)) {
    if (day.activeUntil >= period.from && day.id < period.toDate) days.set(day.id, day);
  }
  const delta: TicketFact[] = [];
  for (const source of ['ticketsAt', 'supervisionAt'] as const) {
    let cursor: string | null = null;
    do {
      const page = await pageOf(repo, source, mark[source], cursor);
      delta.push(...(await factsOf(repo, time, page.tickets)));
      cursor = page.next;
    } while (cursor !== null);
  }
  for (const [day, fresh] of byFilingDay(delta)) {
    if (day < period.toDate) days.set(day, refreshed(days.get(day)?.facts ?? [], fresh));
  }
  const all = [...days.values()];
  return { facts: all.flatMap((d) => d.facts), dayCells: all.flatMap((d) => d.cells) };
};
