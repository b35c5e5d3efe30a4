import type { ZoneLocation, ZoneProfile } from './catalog-actions';
import type { Article, ArticleCategory, ArticleStatus, Factory, Industry, Park } from './catalog';
import { PUBLIC_FACTORY_STATUSES } from './catalog';
import type { DocPatch, DocStore, Filter, FindQuery, OrderBy, Page } from '@core/kernel/store/doc-store';
import type { CollectionName, DocOf } from '@core/kernel/store/collections';

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

/** The catalogue's own order (园区, 产业: the office's 排序). */
const BY_ORDER: OrderBy = { field: 'order', dir: 'asc' };

/** One page of `collection`: the query's filter and order, at the caller's limit and cursor. */
const pageOf = <C extends CollectionName>(
  store: DocStore,
  collection: C,
  query: Omit<FindQuery, 'limit' | 'after'>,
  page: PageRequest,
): Promise<Page<DocOf<C>>> => store.find(collection, { ...query, limit: page.limit, after: page.cursor });

/** Reads of the park catalogue. Every list is a page. */
export const catalogRepo = (store: DocStore) => ({
  zone: () => store.get<'settings', ZoneSettings>('settings', 'zone'),

  listIndustries: (page: PageRequest): Promise<Page<Industry>> =>
    pageOf(store, 'industries', { orderBy: BY_ORDER }, page),

  leadingIndustries: async (): Promise<Industry[]> =>
    (await store.find('industries', { where: { isLeading: true }, orderBy: BY_ORDER, limit: 20 })).items,

  industriesByIds: async (ids: readonly string[]): Promise<Industry[]> =>
    ids.length === 0 ? [] : (await store.find('industries', { where: { id: { in: ids } }, limit: ids.length })).items,

  listParks: (
    query: { keyword?: string | undefined; industryId?: string | undefined } & PageRequest,
  ): Promise<Page<Park>> => {
    const where: Record<string, Filter[string]> = {};
    if (query.keyword) where.name = { contains: query.keyword };
    if (query.industryId) where.industryIds = { has: query.industryId };
    return pageOf(store, 'parks', { where, orderBy: BY_ORDER }, query);
  },

  getPark: (id: string) => store.get('parks', id),

  parksByIds: async (ids: readonly string[]): Promise<Park[]> =>
    ids.length === 0 ? [] : (await store.find('parks', { where: { id: { in: ids } }, limit: ids.length })).items,

  /** The public list: 已下架 units are the office's only. */
  listFactories: (parkId: string, page: PageRequest): Promise<Page<Factory>> =>
    pageOf(store, 'factories', { where: { parkId, status: { in: PUBLIC_FACTORY_STATUSES } } }, page),

  listArticles: (
    query: { category?: ArticleCategory | undefined; parkId?: string | undefined } & PageRequest,
  ): Promise<Page<Article>> => {
    // The public list: drafts and withdrawn articles stay in the office's list only.
    const where: Record<string, Filter[string]> = { status: 'published' };
    if (query.category) where.category = query.category;
    if (query.parkId) where.parkIds = { has: query.parkId };
    return pageOf(store, 'articles', { where, orderBy: { field: 'publishedAt', dir: 'desc' } }, query);
  },

  getArticle: (id: string) => store.get('articles', id),

  ...officeCatalogRepo(store),
});

/** What the office edits (C10). */
export type EditedCollection = 'parks' | 'factories' | 'articles';

const contains = (field: string, keyword: string): Filter => (keyword ? { [field]: { contains: keyword } } : {});

/** The office's side (C10): every park, unit and article whatever its state, and the writes. */
const officeCatalogRepo = (store: DocStore) => ({
  parksPage: (keyword: string, page: PageRequest): Promise<Page<Park>> =>
    pageOf(store, 'parks', { where: contains('name', keyword), orderBy: BY_ORDER }, page),

  factoriesPage: (query: { parkId?: string | undefined; keyword: string } & PageRequest): Promise<Page<Factory>> =>
    pageOf(
      store,
      'factories',
      { where: { ...contains('name', query.keyword), ...(query.parkId ? { parkId: query.parkId } : {}) } },
      query,
    ),

  /** Newest change first, drafts and withdrawn ones included. */
  articlesPage: (
    query: {
      category?: ArticleCategory | undefined;
      status?: ArticleStatus | undefined;
      keyword: string;
    } & PageRequest,
  ): Promise<Page<Article>> => {
    const where = {
      ...contains('title', query.keyword),
      ...(query.category ? { category: query.category } : {}),
      ...(query.status ? { status: query.status } : {}),
    };
    return pageOf(store, 'articles', { where, orderBy: { field: 'updatedAt', dir: 'desc' } }, query);
  },

  /** The park, unit or article the office opened to edit. */
  getEdited: <C extends EditedCollection>(collection: C, id: string): Promise<DocOf<C> | null> =>
    store.get(collection, id),

  /** Inserts `doc`, or sets its fields on `existing` (compare-and-set on the version the office edited). */
  saveEdited: <C extends EditedCollection>(
    collection: C,
    existing: DocOf<C> | null,
    doc: DocOf<C>,
  ): Promise<DocOf<C>> =>
    store.transaction(async (tx) => {
      if (!existing) return tx.insert(collection, doc);
      const { id: _id, version: _version, ...fields } = doc;
      return tx.update(collection, existing.id, existing.version, fields as DocPatch<DocOf<C>>);
    }),
});

export type CatalogRepo = ReturnType<typeof catalogRepo>;
