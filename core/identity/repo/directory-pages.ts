import type { Invite } from '../invite';
import type { StaffMember, Team } from '../staff';
import type { DocStore, FindQuery, Page } from '@core/kernel/store/doc-store';

/** One page of the office's lists of people, teams and invites. */
export interface DirectoryPageRequest {
  limit: number;
  cursor?: string | null;
}

/** A page of a list searched by name, in id order. */
const byName = (query: string, page: DirectoryPageRequest): FindQuery => ({
  where: query ? { name: { contains: query } } : {},
  orderBy: { field: 'id', dir: 'asc' },
  limit: page.limit,
  after: page.cursor ?? null,
});

/** The office's (管理后台) reads of the directory: paged, searched by name. */
export const directoryPages = (store: DocStore) => ({
  staffPage: (query: string, page: DirectoryPageRequest): Promise<Page<StaffMember>> =>
    store.find('staff', byName(query, page)),

  teamsPage: (query: string, page: DirectoryPageRequest): Promise<Page<Team>> =>
    store.find('teams', byName(query, page)),

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
