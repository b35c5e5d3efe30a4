import type { CalendarOverride } from '@core/kernel/calendar/working-calendar';
import { OPEN_VISIT_STATUSES, type Visit, type VisitEvent, type VisitSlot } from './visit';
import type { VisitSettings } from '@core/settings';
import { settingsReader } from '@core/settings';
import type { DocStore, Page } from '@core/kernel/store/doc-store';
import type { PageRequest } from '@core/catalog';
import { readTimelinePage, type TimelinePage } from '@core/kernel/store/timeline-page';

export const visitRepo = (store: DocStore) => ({
  /** Checked against the admin's schema: a bad document is reported (settingsProblems) and the defaults apply. */
  settings: async (): Promise<VisitSettings> => (await settingsReader(store).visits()).value,

  calendarOverrides: async (): Promise<CalendarOverride[]> => (await settingsReader(store).calendarOverrides()).value,

  /** Counters of the given parks between two local dates, inclusive (≤ 3 parks × 31 days × 2). */
  slotsBetween: async (parkIds: readonly string[], from: string, to: string): Promise<VisitSlot[]> =>
    (
      await store.find('visit_slots', {
        where: { parkId: { in: parkIds }, date: { gte: from, lte: to } },
        limit: 1000,
      })
    ).items,

  get: (id: string) => store.get('visits', id),

  listByOwner: (ownerUserId: string, page: PageRequest): Promise<Page<Visit>> =>
    store.find('visits', {
      where: { ownerUserId },
      orderBy: { field: 'createdAt', dir: 'desc' },
      limit: page.limit,
      after: page.cursor,
    }),

  /** A team's visits from a moment on, soonest first. */
  listByTeam: (teamId: string, fromMs: number, includeClosed: boolean, page: PageRequest): Promise<Page<Visit>> =>
    store.find('visits', {
      where: {
        teamIds: { has: teamId },
        startsAt: { gte: fromMs },
        ...(includeClosed ? {} : { status: { in: OPEN_VISIT_STATUSES } }),
      },
      orderBy: { field: 'startsAt', dir: 'asc' },
      limit: page.limit,
      after: page.cursor,
    }),

  /** Upcoming visits a person hosts: the load routing balances. */
  upcomingHostedBy: (hostUserId: string, now: number): Promise<number> =>
    store.count('visits', { hostUserId, status: { in: OPEN_VISIT_STATUSES }, startsAt: { gte: now } }),

  /** The latest page of the timeline, or the page before `cursor`. */
  events: (visitId: string, cursor: string | null = null): Promise<TimelinePage<VisitEvent>> =>
    readTimelinePage(store, 'visit_events', { visitId }, cursor),
});
