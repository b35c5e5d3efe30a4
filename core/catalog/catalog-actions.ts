import * as v from 'valibot';
import { PUBLIC, type Role } from '@core/kernel/roles';
import { articleFields, articleStatusFields, factoryFields, parkFields } from './catalog-fields';
import type { Article, ArticleCategory, ArticleStatus, Factory, Industry, Park } from './catalog';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { idField, pagingFields, type PageOf } from '@core/kernel/paging';

export interface IndustryRef {
  id: string;
  name: string;
}

export type ParkCard = Pick<Park, 'id' | 'name' | 'summary' | 'status' | 'areaMu' | 'investmentYi'> & {
  industries: IndustryRef[];
};

export type ArticleCard = Pick<Article, 'id' | 'category' | 'title' | 'summary' | 'source' | 'publishedAt'>;

export interface ZoneProfile {
  name: string;
  tagline: string;
  structure: string;
  intro: string[];
  serviceModel: string[];
}

export interface HomeView {
  zone: ZoneProfile;
  leadingIndustries: IndustryRef[];
  parks: ParkCard[];
  articles: ArticleCard[];
}

export interface ParkDetail {
  park: Omit<Park, 'industryIds'> & { industries: IndustryRef[] };
  factories: PageOf<Factory>;
  articles: ArticleCard[];
  /** Where the park's own location is not published, the map shows the zone's approximate centre. */
  zoneLocation: ZoneLocation | null;
}

export interface ZoneLocation {
  latitude: number;
  longitude: number;
  label: string;
}

const categorySchema = v.picklist(['news', 'policy'] satisfies ArticleCategory[], '栏目无效');
const articleStatusSchema = v.picklist(['draft', 'published', 'withdrawn'] satisfies ArticleStatus[], '状态无效');
const keywordField = v.optional(
  v.pipe(v.string('搜索词应为文本'), v.trim(), v.maxLength(30, '搜索词不超过30个字')),
  '',
);
const OFFICE: readonly Role[] = ['admin'];
const officeWrite = { audience: OFFICE, isMutation: true, isAudited: true } as const;

export const catalogActions = {
  'catalog.home': defineAction<HomeView>()({ input: v.strictObject({}), audience: PUBLIC }),
  'catalog.industries.list': defineAction<PageOf<Industry>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: PUBLIC,
  }),
  'catalog.parks.list': defineAction<PageOf<ParkCard>>()({
    input: v.strictObject({
      keyword: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20, '关键词不超过20个字'))),
      industryId: v.optional(idField),
      ...pagingFields,
    }),
    audience: PUBLIC,
  }),
  'catalog.parks.get': defineAction<ParkDetail>()({ input: v.strictObject({ id: idField }), audience: PUBLIC }),
  'catalog.factories.list': defineAction<PageOf<Factory>>()({
    input: v.strictObject({ parkId: idField, ...pagingFields }),
    audience: PUBLIC,
  }),
  'catalog.articles.list': defineAction<PageOf<ArticleCard>>()({
    input: v.strictObject({ category: v.optional(categorySchema), parkId: v.optional(idField), ...pagingFields }),
    audience: PUBLIC,
  }),
  'catalog.articles.get': defineAction<Article>()({ input: v.strictObject({ id: idField }), audience: PUBLIC }),

  // The office edits the catalogue (C10) through the admin function; nothing is hard-deleted.
  'admin.catalog.parks.list': defineAction<PageOf<Park>>()({
    input: v.strictObject({ keyword: keywordField, ...pagingFields }),
    audience: OFFICE,
  }),
  /** Creates (no parkId) or edits a park. Parks are not retired: visits, teams and projects name them. */
  'admin.catalog.parks.save': defineAction<Park>()({ input: v.strictObject(parkFields), ...officeWrite }),
  'admin.catalog.factories.list': defineAction<PageOf<Factory>>()({
    input: v.strictObject({ parkId: v.optional(idField), keyword: keywordField, ...pagingFields }),
    audience: OFFICE,
  }),
  /** Creates or edits a unit; status 已下架 (withdrawn) takes it off the public list. */
  'admin.catalog.factories.save': defineAction<Factory>()({ input: v.strictObject(factoryFields), ...officeWrite }),
  'admin.catalog.articles.list': defineAction<PageOf<Article>>()({
    input: v.strictObject({
      category: v.optional(categorySchema),
      status: v.optional(articleStatusSchema),
      keyword: keywordField,
      ...pagingFields,
    }),
    audience: OFFICE,
  }),
  /** Creates a draft or edits an article (a published one stays published with the new text). */
  'admin.catalog.articles.save': defineAction<Article>()({ input: v.strictObject(articleFields), ...officeWrite }),
  /** 发布 or 撤回. */
  'admin.catalog.articles.setStatus': defineAction<Article>()({
    input: v.strictObject(articleStatusFields),
    ...officeWrite,
  }),
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type CatalogHandler<A extends keyof typeof catalogActions> = HandlerOf<(typeof catalogActions)[A]>;
