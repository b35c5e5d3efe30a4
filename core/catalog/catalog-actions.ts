import * as v from 'valibot';
import { PUBLIC } from '@core/kernel/roles';
import type { Article, ArticleCategory, Factory, Industry, Park } from './catalog';
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
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type CatalogHandler<A extends keyof typeof catalogActions> = HandlerOf<(typeof catalogActions)[A]>;
