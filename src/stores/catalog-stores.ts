import { useStore } from 'zustand';
import type { ArticleCard, HomeView, ParkCard, ParkDetail } from '@core/app/contract';
import type { Article, ArticleCategory, Industry } from '@core/catalog/catalog';
import type { Envelope } from '@core/kernel/errors';
import { call, type Transport } from '../services/transport';
import { createKeyedStore } from './create-keyed-store';
import { createPagedListStore } from './create-paged-list-store';
import { createResourceStore } from './create-resource-store';

export interface ParkFilter {
  keyword: string;
  industryId: string | null;
}

/** Every catalogue store, built over a transport so tests can hand in a fake one. */
export const makeCatalogStores = (transport: Transport) => {
  const parkDetails = createKeyedStore<ParkDetail>((id) => transport('catalog.parks.get', { id }));
  /** The next page of a park's factory units, appended to the park's cached detail. */
  const moreFactories = (parkId: string, cursor: string): Promise<Envelope<unknown>> =>
    transport('catalog.factories.list', { parkId, cursor, limit: 20 }).then((answer) => {
      if (answer.ok) {
        parkDetails.getState().patch(parkId, (detail) => ({
          ...detail,
          factories: { items: [...detail.factories.items, ...answer.data.items], next: answer.data.next },
        }));
      }
      return answer;
    });
  const home = createResourceStore<HomeView>(() => transport('catalog.home', {}));
  const parks = createPagedListStore<ParkCard, ParkFilter>(
    (filter, cursor) =>
      transport('catalog.parks.list', {
        ...(filter.keyword.trim() ? { keyword: filter.keyword.trim() } : {}),
        ...(filter.industryId ? { industryId: filter.industryId } : {}),
        limit: 10,
        cursor,
      }),
    { keyword: '', industryId: null },
  );
  const articles = createPagedListStore<ArticleCard, ArticleCategory>(
    (category, cursor) => transport('catalog.articles.list', { category, limit: 10, cursor }),
    'news',
  );
  const articleDetails = createKeyedStore<Article>((id) => transport('catalog.articles.get', { id }));
  return {
    home,
    industries: createResourceStore<Industry[]>(async () => {
      const answer = await transport('catalog.industries.list', { limit: 100 });
      return answer.ok ? { ok: true, data: answer.data.items } : answer;
    }),
    parks,
    articles,
    parkDetails,
    moreFactories,
    articleDetails,
  };
};

export const catalogStores = makeCatalogStores(call);

export const useHome = () => useStore(catalogStores.home);
export const useIndustries = () => useStore(catalogStores.industries);
export const useParkList = () => useStore(catalogStores.parks);
export const useArticleList = () => useStore(catalogStores.articles);
export const useParkDetails = () => useStore(catalogStores.parkDetails);
export const useArticleDetails = () => useStore(catalogStores.articleDetails);
