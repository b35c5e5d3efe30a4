import type { Article, Factory, Industry, Park } from './catalog';
import type { ZoneSettings } from './catalog-repo';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    parks: Park;
    industries: Industry;
    factories: Factory;
    articles: Article;
  }
  interface SettingsDocs {
    zone: ZoneSettings;
  }
}
