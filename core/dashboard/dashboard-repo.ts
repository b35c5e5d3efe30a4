import type { Park } from '@core/catalog';
import type { StaffMember, Team } from '@core/identity';
import { staffRepo } from '@core/identity';
import type { CollectionName, DocOf } from '@core/kernel/store/collections';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';
import type { LocalDate } from '@core/kernel/calendar/local-date';
import { planRepo, projectRepo, screeningRejections, type RejectionTotals } from '@core/projects';
import { settingsReader, type StallRule } from '@core/settings';
import type { Ticket } from '@core/tickets';
import { ticketRepo } from '@core/tickets';
import type { DashboardDay, RollupMark } from './dashboard-day';

export const ROLLUP_MARK_ID = 'dashboard_rollup';
const PAGE = 200;

/** Every document matching `where`, page by page (the collections read here stay in the thousands). */
const readAll = async <C extends CollectionName>(
  store: DocStore,
  collection: C,
  where: Filter,
): Promise<DocOf<C>[]> => {
  const all: DocOf<C>[] = [];
  let after: string | null = null;
  do {
    const page: Page<DocOf<C>> = await store.find(collection, { where, limit: 1000, after });
    all.push(...page.items);
    after = page.next;
  } while (after !== null);
  return all;
};

/**
 * The dashboard's reads and writes. Its own: the daily roll-ups (`dashboard_days`) and the roll-up
 * mark (`settings/dashboard_rollup`). The rest are reads of other features' collections that their
 * repositories do not offer yet (the repository check lists core/dashboard as exempt until they do).
 */
export const dashboardRepo = (store: DocStore) => ({
  mark: async (): Promise<RollupMark> =>
    (await store.get<'settings', RollupMark>('settings', ROLLUP_MARK_ID)) ?? {
      id: ROLLUP_MARK_ID,
      version: 0,
      ticketsAt: 0,
      supervisionAt: 0,
    },
  saveMark: (mark: RollupMark, patch: Partial<RollupMark>): Promise<RollupMark> =>
    mark.version === 0
      ? store.insert<'settings', RollupMark>('settings', { ...mark, ...patch, version: 1 })
      : store.update<'settings', RollupMark>('settings', mark.id, mark.version, patch),

  day: (day: string) => store.get('dashboard_days', day),
  /** Compare-and-set: a race fails the job and the next tick redoes it. */
  saveDay: async (current: DashboardDay | null, day: string, patch: Omit<DashboardDay, 'id' | 'version'>) => {
    if (current) await store.update('dashboard_days', day, current.version, patch);
    else await store.insert('dashboard_days', { id: day, version: 1, ...patch });
  },
  /** Days whose facts can still change a figure at or after `from`, one page. */
  daysActiveSince: (from: number, after: string | null): Promise<Page<DashboardDay>> =>
    store.find('dashboard_days', { where: { activeUntil: { gte: from } }, limit: 50, after }),

  /** Tickets changed at or after `since`, oldest change first, one page. */
  ticketsChangedSince: (since: number, after: string | null) =>
    store.find('tickets', {
      where: { updatedAt: { gte: since } },
      orderBy: { field: 'updatedAt', dir: 'asc' },
      limit: PAGE,
      after,
    }),
  /** 督办 raised at or after `since` (a 督办 stamps the ticket without a change of updatedAt). */
  supervisionSince: (since: number, after: string | null) =>
    store.find('supervision_items', {
      where: { createdAt: { gte: since } },
      orderBy: { field: 'createdAt', dir: 'asc' },
      limit: PAGE,
      after,
    }),
  ticketsByIds: async (ids: readonly string[]): Promise<Ticket[]> => {
    const tickets = ticketRepo(store);
    return (await Promise.all([...new Set(ids)].map((id) => tickets.get(id)))).filter((t): t is Ticket => t !== null);
  },
  events: (ticketId: string) => ticketRepo(store).allEvents(ticketId),

  followUpsBefore: (to: number) => readAll(store, 'follow_ups', { createdAt: { lt: to } }),
  visitsStartingIn: (from: number, to: number) => readAll(store, 'visits', { startsAt: { gte: from, lt: to } }),
  /** Which of these visits became a lead (core/projects keeps the visit on its lead). */
  visitsWithLead: (visitIds: readonly string[]) => projectRepo(store).visitsWithLead(visitIds),
  /** Every project (thousands, not more): the dashboard's project figures count them by stage. */
  projects: () => readAll(store, 'projects', {}),
  /** The planned 开工 of these projects' plans (read through core/projects' plan repo), 200 at a time. */
  plannedStarts: async (projectIds: readonly string[]): Promise<Map<string, LocalDate | null>> => {
    const plans = planRepo(store);
    const starts = new Map<string, LocalDate | null>();
    for (let i = 0; i < projectIds.length; i += PAGE)
      for (const [id, plan] of await plans.ofProjects(projectIds.slice(i, i + PAGE)))
        starts.set(id, plan.plannedStartOn);
    return starts;
  },
  stallRule: async (): Promise<StallRule> => (await settingsReader(store).stallRule()).value,
  /** 不予引进 decided in [from, to). */
  rejections: (from: number, to: number): Promise<RejectionTotals> => screeningRejections(store, { from, to }),
  ledgerEntries: (from: number, to: number) => readAll(store, 'assessment_ledger', { at: { gte: from, lt: to } }),

  /** Names of everyone a dashboard may mention (teams, staff and parks are small). */
  directory: async (): Promise<{ teams: Team[]; staff: StaffMember[]; parks: Park[] }> => {
    const [teams, staff, parks] = await Promise.all([
      store.find('teams', { limit: 1000 }),
      store.find('staff', { limit: 1000 }),
      store.find('parks', { limit: 100 }),
    ]);
    return { teams: teams.items, staff: staff.items, parks: parks.items };
  },
  teamMembers: async (teamIds: readonly string[]): Promise<string[]> =>
    (await Promise.all(teamIds.map((id) => staffRepo(store).teamById(id)))).flatMap((t) => t?.memberIds ?? []),
});
