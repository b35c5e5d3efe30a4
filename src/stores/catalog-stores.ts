import { useStore } from 'zustand';
import type { ArticleCard, HomeView, ParkCard, ParkDetail } from '@core/app/contract';
import type { Article, ArticleCategory, Industry } from '@core/catalog/catalog';
import { call, type Transport } from '../services/transport';
import { createKeyedStore } from './create-keyed-store';
import { createPagedListStore } from './create-paged-list-store';
import { createResourceStore } from './create-resource-store';

export interface ParkFilter {
  keyword: string;
  industryId: string | null;
}

/** Every catalogue store, built over a transport so tests can hand in a fake one. */
export const makeCatalogStores = (transport: Transport) => ({
  home: createResourceStore<HomeView>(() => transport('catalog.home', {})),
  industries: createResourceStore<Industry[]>(async () => {
    const answer = await transport('catalog.industries.list', { limit: 100 });
    return answer.ok ? { ok: true, data: answer.data.items } : answer;
  }),
  parks: createPagedListStore<ParkCard, ParkFilter>(
    (filter, cursor) =>
      transport('catalog.parks.list', {
        ...(filter.keyword.trim() ? { keyword: filter.keyword.trim() } : {}),
        ...(filter.industryId ? { industryId: filter.industryId } : {}),
        limit: 10,
        cursor,
      }),
    { keyword: '', industryId: null },
  ),
  articles: createPagedListStore<ArticleCard, ArticleCategory>(
    (category, cursor) => transport('catalog.articles.list', { category, limit: 10, cursor }),
    'news',
  ),
  parkDetails: createKeyedStore<ParkDetail>((id) => transport('catalog.parks.get', { id })),
  articleDetails: createKeyedStore<Article>((id) => transport('catalog.articles.get', { id })),
});

export const catalogStores = makeCatalogStores(call);

export const useHome = () => useStore(catalogStores.home);
export const useIndustries = () => useStore(catalogStores.industries);
export const useParkList = () => useStore(catalogStores.parks);
export const useArticleList = () => useStore(catalogStores.articles);
export const useParkDetails = () => useStore(catalogStores.parkDetails);
export const useArticleDetails = () => useStore(catalogStores.articleDetails);
