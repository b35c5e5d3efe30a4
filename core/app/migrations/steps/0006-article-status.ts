import type { Article } from '@core/catalog';
import { defineStep } from '../migration-step';

/**
 * Articles from before the office could edit the catalogue (C10) were all public and had no status:
 * they are published ones, last changed when they were published. `status` is queried (only
 * published articles are public), so a document without it would vanish from 动态.
 */
export const articleStatus = defineStep<Article>({
  id: '0006-article-status',
  collection: 'articles',
  toVersion: 2,
  description: 'articles: status 已发布 and updatedAt for those published before the office edited them',
  upgrade: async (a) => ({ status: a.status ?? 'published', updatedAt: a.updatedAt ?? a.publishedAt }),
});
