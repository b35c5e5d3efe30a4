import type { CatalogHandler } from '../catalog-actions';
import type { Article } from '../catalog';
import { conflict, invalidInput, notFound } from '@core/kernel/errors';
import { noteAudit, type HandlerContext } from '@core/kernel/deps';
import type { StoredDoc } from '@core/kernel/store/stored-doc';
import type { DocOf } from '@core/kernel/store/collections';
import { catalogRepo, type EditedCollection } from '../catalog-repo';

/** The office's catalogue edits (C10): validated by the contract, checked here, audited with before/after. */

/** The index of the first id that names nothing, or -1. */
const firstUnknown = (ids: readonly string[], known: readonly { id: string }[]): number => {
  const found = new Set(known.map((k) => k.id));
  return ids.findIndex((id) => !found.has(id));
};

/** The record the office edited, still at the version it saw (CONFLICT if someone changed it since). */
const edited = <T extends { version: number }>(doc: T | null, version: number | undefined, missing: string): T => {
  if (!doc) throw notFound(missing);
  if (version !== undefined && version !== doc.version) throw conflict('内容已被他人修改，请刷新后再改');
  return doc;
};

/** Per edited collection: the id prefix of a new record, and what to say when the edited one is gone. */
const EDITED: Record<EditedCollection, { prefix: string; missing: string }> = {
  parks: { prefix: 'park', missing: '园区不存在' },
  factories: { prefix: 'factory', missing: '厂房不存在' },
  articles: { prefix: 'article', missing: '文章不存在' },
};

/**
 * An office save: the record it edits (at the version it saw) or, without an id, a new one under the
 * collection's prefix at version 1; `build` makes the document from that identity; audited with
 * before/after.
 */
const saveEdited = async <C extends EditedCollection>(
  ctx: HandlerContext,
  collection: C,
  edit: { id: string | undefined; version: number | undefined; fields: object },
  build: (identity: StoredDoc, existing: DocOf<C> | null) => DocOf<C>,
): Promise<DocOf<C>> => {
  const repo = catalogRepo(ctx.deps.store);
  const { prefix, missing } = EDITED[collection];
  const existing = edit.id ? edited(await repo.getEdited(collection, edit.id), edit.version, missing) : null;
  const identity = { id: existing?.id ?? `${prefix}-${ctx.deps.ids.newId()}`, version: existing?.version ?? 1 };
  const doc = build(identity, existing);
  noteAudit(ctx, { target: `${collection}/${doc.id}`, before: existing, after: edit.fields });
  return repo.saveEdited(collection, existing, doc);
};

export const listOfficeParks: CatalogHandler<'admin.catalog.parks.list'> = ({ keyword, limit, cursor }, { deps }) =>
  catalogRepo(deps.store).parksPage(keyword, { limit, cursor });

export const saveOfficePark: CatalogHandler<'admin.catalog.parks.save'> = async (input, ctx) => {
  const { parkId, version, ...fields } = input;
  const industries = await catalogRepo(ctx.deps.store).industriesByIds(fields.industryIds);
  const unknown = firstUnknown(fields.industryIds, industries);
  if (unknown >= 0) throw invalidInput(`industryIds.${unknown}`, '产业不存在');
  return saveEdited(ctx, 'parks', { id: parkId, version, fields }, (identity) => ({ ...identity, ...fields }));
};

export const listOfficeFactories: CatalogHandler<'admin.catalog.factories.list'> = (input, { deps }) =>
  catalogRepo(deps.store).factoriesPage(input);

export const saveOfficeFactory: CatalogHandler<'admin.catalog.factories.save'> = async (input, ctx) => {
  const { factoryId, version, ...fields } = input;
  if (!(await catalogRepo(ctx.deps.store).getPark(fields.parkId))) throw invalidInput('parkId', '园区不存在');
  return saveEdited(ctx, 'factories', { id: factoryId, version, fields }, (identity) => ({ ...identity, ...fields }));
};

export const listOfficeArticles: CatalogHandler<'admin.catalog.articles.list'> = (input, { deps }) =>
  catalogRepo(deps.store).articlesPage(input);

/** A new article is a draft; an edit keeps its status and 发布时间. */
export const saveOfficeArticle: CatalogHandler<'admin.catalog.articles.save'> = async (input, ctx) => {
  const now = ctx.deps.clock.now();
  const { articleId, version, ...fields } = input;
  const unknown = firstUnknown(fields.parkIds, await catalogRepo(ctx.deps.store).parksByIds(fields.parkIds));
  if (unknown >= 0) throw invalidInput(`parkIds.${unknown}`, '园区不存在');
  return saveEdited(ctx, 'articles', { id: articleId, version, fields }, (identity, existing) => ({
    ...identity,
    ...fields,
    status: existing?.status ?? 'draft',
    publishedAt: existing?.publishedAt ?? now,
    updatedAt: now,
  }));
};

/** 发布 (a draft, or a withdrawn article again) or 撤回 (kept, no longer public). */
export const setOfficeArticleStatus: CatalogHandler<'admin.catalog.articles.setStatus'> = async (input, ctx) => {
  const repo = catalogRepo(ctx.deps.store);
  const now = ctx.deps.clock.now();
  const existing = edited(await repo.getArticle(input.articleId), input.version, EDITED.articles.missing);
  if (input.publishedAt !== undefined && input.publishedAt > now) {
    throw invalidInput('publishedAt', '发布时间不能晚于现在');
  }
  if (input.status === 'withdrawn' && existing.status !== 'published') throw conflict('只有已发布的文章可以撤回');
  if (input.status === 'published' && existing.status === 'published') throw conflict('文章已发布');
  // A first publication is dated now; one published before keeps its date unless the office gives one.
  const publishedAt =
    input.status === 'published'
      ? (input.publishedAt ?? (existing.status === 'withdrawn' ? existing.publishedAt : now))
      : existing.publishedAt;
  const doc: Article = { ...existing, status: input.status, publishedAt, updatedAt: now };
  noteAudit(ctx, {
    target: `articles/${existing.id}`,
    before: { status: existing.status, publishedAt: existing.publishedAt },
    after: { status: doc.status, publishedAt },
  });
  return repo.saveEdited('articles', existing, doc);
};
