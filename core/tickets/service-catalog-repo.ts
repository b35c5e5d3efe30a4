import type { ServiceCategory } from './service-category';
import type { DocStore, Page } from '@core/kernel/store/doc-store';
import type { PageRequest } from '@core/catalog';

export const serviceCatalogRepo = (store: DocStore) => ({
  list: (page: PageRequest): Promise<Page<ServiceCategory>> =>
    store.find('service_categories', {
      orderBy: { field: 'order', dir: 'asc' },
      limit: page.limit,
      after: page.cursor,
    }),
  get: (id: string) => store.get('service_categories', id),
});
