import { localDateOf } from '@core/kernel/calendar/local-date';
import type { WorkingTime } from '@core/kernel/calendar/working-time';

import type { Ticket } from '@core/tickets';
import type { HandlerDeps } from '@core/kernel/deps';
import { ticketRepo } from '@core/tickets';
import { loadWorkingTime } from '@core/settings';
import type { DocStore, Page } from '@core/kernel/store/doc-store';
import { activeUntil, ticketFact, type TicketFact } from './ticket-fact';

/** One day's roll-up: the facts of the tickets filed that day (+08:00), kept fresh by the scheduler. */
export interface DashboardDay {
  id: string;
  version: number;
  /** The last instant any of its facts can still change a figure; open tickets keep it at the maximum. */
  activeUntil: number;
  facts: TicketFact[];
}

/** How far the roll-up has read: tickets changed and 督办 raised before these instants are in the days. */
export interface RollupMark {
  id: string;
  version: number;
  ticketsAt: number;
  supervisionAt: number;
}

export const ROLLUP_MARK_ID = 'dashboard_rollup';
const PAGE = 200;

const readMark = async (store: DocStore): Promise<RollupMark> =>
  (await store.get<'settings', RollupMark>('settings', ROLLUP_MARK_ID)) ?? {
    id: ROLLUP_MARK_ID,
    version: 0,
    ticketsAt: 0,
    supervisionAt: 0,
  };

const factsOf = async (store: DocStore, time: WorkingTime, tickets: readonly Ticket[]): Promise<TicketFact[]> => {
  const repo = ticketRepo(store);
  return Promise.all(tickets.map(async (t) => ticketFact(t, await repo.allEvents(t.id), time)));
};

/** Tickets changed at or after `since`, oldest change first, one page. */
const changedTickets = (store: DocStore, since: number, after: string | null) =>
  store.find('tickets', {
    where: { updatedAt: { gte: since } },
    orderBy: { field: 'updatedAt', dir: 'asc' },
    limit: PAGE,
    after,
  });

/** A 督办 stamps the ticket without a change of updatedAt: its ticket is re-read too. */
const supervisedSince = (store: DocStore, since: number, after: string | null) =>
  store.find('supervision_items', {
    where: { createdAt: { gte: since } },
    orderBy: { field: 'createdAt', dir: 'asc' },
    limit: PAGE,
    after,
  });

const ticketsById = async (store: DocStore, ids: readonly string[]): Promise<Ticket[]> =>
  (await Promise.all([...new Set(ids)].map((id) => store.get('tickets', id)))).filter((t): t is Ticket => t !== null);

/** Puts fresh facts into their days' documents (compare-and-set; a race fails the job and the next tick redoes it). */
const storeFacts = async (store: DocStore, facts: readonly TicketFact[]): Promise<void> => {
  const byDay = new Map<string, TicketFact[]>();
  for (const f of facts) byDay.set(localDateOf(f.createdAt), [...(byDay.get(localDateOf(f.createdAt)) ?? []), f]);
  for (const [day, fresh] of byDay) {
    const current = await store.get('dashboard_days', day);
    const merged = new Map((current?.facts ?? []).map((f) => [f.id, f]));
    for (const f of fresh) merged.set(f.id, f);
    const list = [...merged.values()];
    const patch = { facts: list, activeUntil: Math.max(0, ...list.map(activeUntil)) };
    if (current) await store.update('dashboard_days', day, current.version, patch);
    else await store.insert('dashboard_days', { id: day, version: 1, ...patch });
  }
};

const saveMark = async (store: DocStore, mark: RollupMark, patch: Partial<RollupMark>): Promise<RollupMark> =>
  mark.version === 0
    ? store.insert<'settings', RollupMark>('settings', { ...mark, ...patch, version: 1 })
    : store.update<'settings', RollupMark>('settings', mark.id, mark.version, patch);

/** Changes may commit a little after their stamped instant: the mark stays this far behind the pass's start. */
const COMMIT_SLACK_MS = 60_000;

type Source = 'ticketsAt' | 'supervisionAt';

/** One page of a source: the tickets whose facts to refresh and the instant the page reaches. */
const pageOf = async (store: DocStore, source: Source, since: number, after: string | null) => {
  if (source === 'ticketsAt') {
    const page = await changedTickets(store, since, after);
    return { tickets: page.items, reached: page.items[page.items.length - 1]?.updatedAt, next: page.next };
  }
  const page = await supervisedSince(store, since, after);
  const tickets = await ticketsById(
    store,
    page.items.map((i) => i.ticketId),
  );
  return { tickets, reached: page.items[page.items.length - 1]?.createdAt, next: page.next };
};

/**
 * Scheduler job: folds every ticket changed (and every 督办 raised) since the last run into the daily
 * roll-ups, page by page, moving the mark after each page; stops taking pages at `deadline`.
 */
export const rollUpDashboard = async (deps: HandlerDeps, deadline: number): Promise<number> => {
  const { store } = deps;
  const time = await loadWorkingTime(store);
  const startedAt = deps.clock.now();
  let mark = await readMark(store);
  let done = 0;
  for (const source of ['ticketsAt', 'supervisionAt'] as const) {
    const since = mark[source];
    let after: string | null = null;
    do {
      if (deps.clock.now() >= deadline) return done;
      const page = await pageOf(store, source, since, after);
      await storeFacts(store, await factsOf(store, time, page.tickets));
      done += page.tickets.length;
      after = page.next;
      const reached = after === null ? Math.max(since, startedAt - COMMIT_SLACK_MS) : page.reached;
      if (reached !== undefined && reached !== mark[source]) mark = await saveMark(store, mark, { [source]: reached });
    } while (after !== null);
  }
  return done;
};

/**
 * Every fact a period can need: the days still active at its start, filed before its end, plus
 * today's live delta (tickets changed since the roll-up last ran), so an answer is never stale.
 */
/**
 * Parsed days kept per store while the roll-up mark stands still: only the roll-up writes days, and it
 * moves the mark after every page it writes, so an unchanged mark version means unchanged days.
 */
interface DayCache {
  markVersion: number;
  /** The earliest period start the cached days were read for. */
  from: number;
  days: Pick<DashboardDay, 'id' | 'activeUntil' | 'facts'>[];
}
const dayCaches = new WeakMap<DocStore, DayCache>();

const readDays = async (store: DocStore, from: number, markVersion: number) => {
  const cached = dayCaches.get(store);
  if (cached && cached.markVersion === markVersion && cached.from <= from) return cached.days;
  const days: DayCache['days'] = [];
  let after: string | null = null;
  do {
    const page: Page<DashboardDay> = await store.find('dashboard_days', {
      where: { activeUntil: { gte: from } },
      limit: 50,
      after,
    });
    days.push(...page.items.map(({ id, activeUntil, facts }) => ({ id, activeUntil, facts })));
    after = page.next;
  } while (after !== null);
  dayCaches.set(store, { markVersion, from, days });
  return days;
};

export const loadDashboardFacts = async (
  store: DocStore,
  time: WorkingTime,
  period: { from: number; toDate: string },
): Promise<TicketFact[]> => {
  // The mark first: days written after it was read are newer, never older, than the delta below assumes.
  const mark = await readMark(store);
  const facts = new Map<string, TicketFact>();
  for (const day of await readDays(store, period.from, mark.version)) {
    if (day.activeUntil >= period.from && day.id < period.toDate) for (const f of day.facts) facts.set(f.id, f);
  }
  for (const source of ['ticketsAt', 'supervisionAt'] as const) {
    let cursor: string | null = null;
    do {
      const page = await pageOf(store, source, mark[source], cursor);
      for (const f of await factsOf(store, time, page.tickets)) facts.set(f.id, f);
      cursor = page.next;
    } while (cursor !== null);
  }
  return [...facts.values()];
};
