import type { ZoneLocation, ZoneProfile } from './catalog-actions';
import type { Article, ArticleCategory, Factory, Industry, Park } from './catalog';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';

export interface PageRequest {
  limit: number;
  cursor?: string | null | undefined;
}

export interface ZoneSettings {
  id: 'zone';
  version: number;
  profile: ZoneProfile;
  /** Approximate centre of the zone, used where a park's own location is not published. */
  location: ZoneLocation;
}

/** Reads of the park catalogue. Every list is a page. */
export const catalogRepo = (store: DocStore) => ({
  zone: () => store.get<'settings', ZoneSettings>('settings', 'zone'),

  listIndustries: (page: PageRequest): Promise<Page<Industry>> =>
    store.find('industries', {
      orderBy: { field: 'order', dir: 'asc' },
      limit: page.limit,
      after: page.cursor,
    }),

  leadingIndustries: async (): Promise<Industry[]> =>
    (
      await store.find('industries', {
        where: { isLeading: true },
        orderBy: { field: 'order', dir: 'asc' },
        limit: 20,
      })
    ).items,

  industriesByIds: async (ids: readonly string[]): Promise<Industry[]> =>
    ids.length === 0 ? [] : (await store.find('industries', { where: { id: { in: ids } }, limit: ids.length })).items,

  listParks: (
    query: { keyword?: string | undefined; industryId?: string | undefined } & PageRequest,
  ): Promise<Page<Park>> => {
    const where: Record<string, Filter[string]> = {};
    if (query.keyword) where.name = { contains: query.keyword };
    if (query.industryId) where.industryIds = { has: query.industryId };
    return store.find('parks', {
      where,
      orderBy: { field: 'order', dir: 'asc' },
      limit: query.limit,
      after: query.cursor,
    });
  },

  getPark: (id: string) => store.get('parks', id),

  listFactories: (parkId: string, page: PageRequest): Promise<Page<Factory>> =>
    store.find('factories', { where: { parkId }, limit: page.limit, after: page.cursor }),

  listArticles: (
    query: { category?: ArticleCategory | undefined; parkId?: string | undefined } & PageRequest,
  ): Promise<Page<Article>> => {
    const where: Record<string, Filter[string]> = {};
    if (query.category) where.category = query.category;
    if (query.parkId) where.parkIds = { has: query.parkId };
    return store.find('articles', {
      where,
      orderBy: { field: 'publishedAt', dir: 'desc' },
      limit: query.limit,
      after: query.cursor,
    });
  },

  getArticle: (id: string) => store.get('articles', id),
});

export type CatalogRepo = ReturnType<typeof catalogRepo>;
