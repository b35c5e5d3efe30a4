import * as account from './account-handlers';
import * as catalog from './catalog-handlers';
import type { HandlerMap } from './handler-types';

export * from './handler-types';

export const HANDLERS: HandlerMap = {
  'catalog.home': catalog.home,
  'catalog.industries.list': catalog.listIndustries,
  'catalog.parks.list': catalog.listParks,
  'catalog.parks.get': catalog.getPark,
  'catalog.factories.list': catalog.listFactories,
  'catalog.articles.list': catalog.listArticles,
  'catalog.articles.get': catalog.getArticle,
  'account.whoami': account.whoami,
};
