import type { ServiceCategory } from './service-category';
import type { DocStore, Page } from '@core/kernel/store/doc-store';
import type { PageRequest } from '@core/catalog';

export const serviceCatalogRepo = (store: DocStore) => ({
  list: (page: PageRequest): Promise<Page<ServiceCategory>> =>
    store.find<ServiceCategory>('service_categories', {
      orderBy: { field: 'order', dir: 'asc' },
      limit: page.limit,
      after: page.cursor,
    }),
  get: (id: string) => store.get<ServiceCategory>('service_categories', id),
});
