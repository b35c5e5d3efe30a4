import * as catalog from '@core/catalog/handlers/catalog-handlers';
import { catalogActions } from '@core/catalog/catalog-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `catalog` cloud function's handlers, and only those: its bundle carries nothing else. */
export const CATALOG_HANDLERS: FunctionHandlers<'catalog'> = {
  'catalog.home': catalog.home,
  'catalog.industries.list': catalog.listIndustries,
  'catalog.parks.list': catalog.listParks,
  'catalog.parks.get': catalog.getPark,
  'catalog.factories.list': catalog.listFactories,
  'catalog.articles.list': catalog.listArticles,
  'catalog.articles.get': catalog.getArticle,
};

/** The `catalog` cloud function's action definitions (what dispatch validates and authorises by). */
export const CATALOG_ACTIONS = actionsOf('catalog', catalogActions);
