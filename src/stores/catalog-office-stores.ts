import { useStore } from 'zustand';
import type { ActionInput, ActionName, ActionOutput } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
import type { Article, Factory, Park } from '@core/catalog/catalog';
import { newRequestId } from '../services/request-id';
import { call, type Transport } from '../services/transport';
import { catalogStores, type makeCatalogStores } from './catalog-stores';
import { createPagedListStore } from './create-paged-list-store';
import { createRunChange } from './run-change';

type PublicCatalog = Pick<
  ReturnType<typeof makeCatalogStores>,
  'home' | 'parks' | 'articles' | 'parkDetails' | 'articleDetails'
>;

/**
 * After the office changed the catalogue: every list already loaded is read again (tab pages stay
 * mounted and would not ask), and cached details are dropped so a detail page reads the new one.
 * Here, not in catalog-stores.ts, so only the admin subpackage carries it.
 */
const invalidate = (catalog: PublicCatalog): Promise<unknown> => {
  catalog.parkDetails.setState({ byId: {} });
  catalog.articleDetails.setState({ byId: {} });
  const { home, parks, articles } = catalog;
  return Promise.all([
    home.getState().status === 'idle' ? null : home.getState().load(),
    parks.getState().status === 'idle' ? null : parks.getState().reload(),
    articles.getState().status === 'idle' ? null : articles.getState().reload(),
  ]);
};

type CatalogEdit = Extract<ActionName, `admin.catalog.${string}.save` | 'admin.catalog.articles.setStatus'>;

/**
 * The office's side of the catalogue (C10): every park, unit and article whatever its state, and the
 * edits. After an edit the public catalogue's stores read again, so 首页, 园区 and 动态 never show what
 * the office just changed. Only the admin subpackage imports it.
 */
export const makeCatalogOfficeStores = (
  transport: Transport,
  catalog: PublicCatalog,
  requestIds: () => string = newRequestId,
) => {
  const runChange = createRunChange(transport, requestIds);
  return {
    parks: createPagedListStore<Park, string>(
      (keyword, cursor) => transport('admin.catalog.parks.list', { keyword, limit: 20, cursor }),
      '',
    ),
    factories: createPagedListStore<Factory, string>(
      (keyword, cursor) => transport('admin.catalog.factories.list', { keyword, limit: 20, cursor }),
      '',
    ),
    articles: createPagedListStore<Article, string>(
      (keyword, cursor) => transport('admin.catalog.articles.list', { keyword, limit: 20, cursor }),
      '',
    ),
    /** One edit (runChange: a retry after a lost answer reuses its requestId); `target` is the record. */
    change: <A extends CatalogEdit>(action: A, input: ActionInput<A>, target: string) =>
      runChange(action, input, { target }).then((answer): Promise<Envelope<ActionOutput<A>>> =>
        answer.ok ? invalidate(catalog).then(() => answer) : Promise.resolve(answer),
      ),
  };
};

export const catalogOfficeStores = makeCatalogOfficeStores(call, catalogStores);
export const useOfficeParks = () => useStore(catalogOfficeStores.parks);
export const useOfficeFactories = () => useStore(catalogOfficeStores.factories);
export const useOfficeArticles = () => useStore(catalogOfficeStores.articles);
