import { catalogRepo, type Park } from '@core/catalog';
import type { StaffMember, Team } from '@core/identity';
import { directoryPages, staffRepo } from '@core/identity';
import type { DocStore, Page } from '@core/kernel/store/doc-store';
import type { LocalDate } from '@core/kernel/calendar/local-date';
import { planRepo, projectRepo, screeningRejections, type Project, type RejectionTotals } from '@core/projects';
import { settingsReader, type StallRule } from '@core/settings';
import type { Ticket } from '@core/tickets';
import { ticketReportReads, ticketRepo } from '@core/tickets';
import { visitsStartingIn } from '@core/visits';
import type { DashboardDay, RollupMark } from './dashboard-day';

export const ROLLUP_MARK_ID = 'dashboard_rollup';
const PAGE = 200;

/**
 * The dashboard's reads and writes. Its own: the daily roll-ups (`dashboard_days`) and the roll-up
 * mark (`settings/dashboard_rollup`). Other features' records come through their repositories.
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
  ticketsChangedSince: (since: number, after: string | null, limit = PAGE) =>
    ticketReportReads(store).changedSince(since, after, limit),
  /** 督办 raised at or after `since` (a 督办 stamps the ticket without a change of updatedAt). */
  supervisionSince: (since: number, after: string | null, limit = PAGE) =>
    ticketReportReads(store).supervisionSince(since, after, limit),
  ticketsByIds: async (ids: readonly string[]): Promise<Ticket[]> => {
    const tickets = ticketRepo(store);
    return (await Promise.all([...new Set(ids)].map((id) => tickets.get(id)))).filter((t): t is Ticket => t !== null);
  },
  events: (ticketId: string) => ticketRepo(store).allEvents(ticketId),

  followUpsBefore: (to: number) => ticketReportReads(store).followUpsBefore(to),
  visitsStartingIn: (from: number, to: number) => visitsStartingIn(store, from, to),
  /** Which of these visits became a lead (core/projects keeps the visit on its lead). */
  visitsWithLead: (visitIds: readonly string[]) => projectRepo(store).visitsWithLead(visitIds),
  /** Every project (thousands, not more): the dashboard's project figures count them by stage. */
  projects: async (): Promise<Project[]> => {
    const all: Project[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Project> = await projectRepo(store).list(null, { limit: 1000, cursor });
      all.push(...page.items);
      cursor = page.next;
    } while (cursor !== null);
    return all;
  },
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
  ledgerEntries: (from: number, to: number) => ticketReportReads(store).ledgerEntriesIn(from, to),

  /** Names of everyone a dashboard may mention (teams, staff and parks are small). */
  directory: async (): Promise<{ teams: Team[]; staff: StaffMember[]; parks: Park[] }> => {
    const [teams, staff, parks] = await Promise.all([
      directoryPages(store).teamsUpTo(1000),
      directoryPages(store).staffPage('', { limit: 1000 }),
      catalogRepo(store).listParks({ limit: 100, cursor: null }),
    ]);
    return { teams, staff: staff.items, parks: parks.items };
  },
  teamMembers: async (teamIds: readonly string[]): Promise<string[]> =>
    (await Promise.all(teamIds.map((id) => staffRepo(store).teamById(id)))).flatMap((t) => t?.memberIds ?? []),
});
