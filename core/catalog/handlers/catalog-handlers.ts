import type { CatalogHandler } from '../catalog-actions';
import type { ArticleCard, IndustryRef, ParkCard } from '../catalog-actions';
import type { Article, Industry, Park } from '../catalog';
import { notFound } from '@core/kernel/errors';
import { catalogRepo } from '../catalog-repo';
import type { HandlerContext } from '@core/kernel/deps';

const HOME_ARTICLES = 5;
const PARK_ARTICLES = 5;
const FIRST_FACTORIES = 20;

const toRef = (industry: Industry): IndustryRef => ({ id: industry.id, name: industry.name });

/** Resolves industry names for many parks with one read. */
const industryLookup = async (ctx: HandlerContext, parks: readonly Park[]) => {
  const ids = [...new Set(parks.flatMap((park) => park.industryIds))];
  const byId = new Map((await catalogRepo(ctx.deps.store).industriesByIds(ids)).map((i) => [i.id, toRef(i)]));
  return (park: Park): IndustryRef[] => park.industryIds.flatMap((id) => byId.get(id) ?? []);
};

const toParkCards = async (ctx: HandlerContext, parks: readonly Park[]): Promise<ParkCard[]> => {
  const industriesOf = await industryLookup(ctx, parks);
  return parks.map((park) => ({
    id: park.id,
    name: park.name,
    summary: park.summary,
    status: park.status,
    areaMu: park.areaMu,
    investmentYi: park.investmentYi,
    industries: industriesOf(park),
  }));
};

const toArticleCard = ({ id, category, title, summary, source, publishedAt }: Article): ArticleCard => ({
  id,
  category,
  title,
  summary,
  source,
  publishedAt,
});

export const home: CatalogHandler<'catalog.home'> = async (_input, ctx) => {
  const repo = catalogRepo(ctx.deps.store);
  const [zone, leading, parks, articles] = await Promise.all([
    repo.zone(),
    repo.leadingIndustries(),
    repo.listParks({ limit: 20 }),
    repo.listArticles({ category: 'news', limit: HOME_ARTICLES }),
  ]);
  if (!zone) throw notFound('开发区信息尚未配置');
  return {
    zone: zone.profile,
    leadingIndustries: leading.map(toRef),
    parks: await toParkCards(ctx, parks.items),
    articles: articles.items.map(toArticleCard),
  };
};

export const listIndustries: CatalogHandler<'catalog.industries.list'> = (input, ctx) =>
  catalogRepo(ctx.deps.store).listIndustries(input);

export const listParks: CatalogHandler<'catalog.parks.list'> = async (input, ctx) => {
  const page = await catalogRepo(ctx.deps.store).listParks(input);
  return { items: await toParkCards(ctx, page.items), next: page.next };
};

export const getPark: CatalogHandler<'catalog.parks.get'> = async ({ id }, ctx) => {
  const repo = catalogRepo(ctx.deps.store);
  const park = await repo.getPark(id);
  if (!park) throw notFound('园区不存在');
  const [industriesOf, factories, articles, zone] = await Promise.all([
    industryLookup(ctx, [park]),
    repo.listFactories(park.id, { limit: FIRST_FACTORIES }),
    repo.listArticles({ parkId: park.id, limit: PARK_ARTICLES }),
    repo.zone(),
  ]);
  const { industryIds: _omit, ...rest } = park;
  return {
    park: { ...rest, industries: industriesOf(park) },
    factories,
    articles: articles.items.map(toArticleCard),
    zoneLocation: zone?.location ?? null,
  };
};

export const listFactories: CatalogHandler<'catalog.factories.list'> = async ({ parkId, limit, cursor }, ctx) => {
  const repo = catalogRepo(ctx.deps.store);
  if (!(await repo.getPark(parkId))) throw notFound('园区不存在');
  return repo.listFactories(parkId, { limit, cursor });
};

export const listArticles: CatalogHandler<'catalog.articles.list'> = async (input, ctx) => {
  const page = await catalogRepo(ctx.deps.store).listArticles(input);
  return { items: page.items.map(toArticleCard), next: page.next };
};

export const getArticle: CatalogHandler<'catalog.articles.get'> = async ({ id }, ctx) => {
  const article = await catalogRepo(ctx.deps.store).getArticle(id);
  // A draft or withdrawn article is the office's only: the public sees it as gone.
  if (article?.status !== 'published') throw notFound('文章不存在');
  return article;
};
