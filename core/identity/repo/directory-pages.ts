import type { Invite } from '../invite';
import type { StaffMember, Team } from '../staff';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';

/** One page of the office's lists of people, teams and invites. */
export interface DirectoryPageRequest {
  limit: number;
  cursor?: string | null;
}

const nameFilter = (query: string): Filter => (query ? { name: { contains: query } } : {});

/** The office's (管理后台) reads of the directory: paged, searched by name. */
export const directoryPages = (store: DocStore) => ({
  staffPage: (query: string, page: DirectoryPageRequest): Promise<Page<StaffMember>> =>
    store.find('staff', {
      where: nameFilter(query),
      orderBy: { field: 'id', dir: 'asc' },
      limit: page.limit,
      after: page.cursor ?? null,
    }),

  teamsPage: (query: string, page: DirectoryPageRequest): Promise<Page<Team>> =>
    store.find('teams', {
      where: nameFilter(query),
      orderBy: { field: 'id', dir: 'asc' },
      limit: page.limit,
      after: page.cursor ?? null,
    }),

  /** Up to `max` teams in the store's own order. */
  teamsUpTo: async (max: number): Promise<Team[]> => (await store.find('teams', { limit: max })).items,

  invitesOf: (staffUserId: string, page: DirectoryPageRequest): Promise<Page<Invite>> =>
    store.find('invites', {
      where: { staffUserId },
      orderBy: { field: 'createdAt', dir: 'desc' },
      limit: page.limit,
      after: page.cursor ?? null,
    }),
});
