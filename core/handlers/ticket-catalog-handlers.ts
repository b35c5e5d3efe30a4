import type { ServiceCategoryView } from '../contract/ticket-actions';
import type { ServiceCategory } from '../domain/service-category';
import { serviceCatalogRepo } from '../repos/service-catalog-repo';
import type { Handler } from './handler-types';

export const toCategoryView = ({
  id,
  name,
  order,
  summary,
  materials,
  skill,
  isOnSite,
  targets,
}: ServiceCategory): ServiceCategoryView => ({ id, name, order, summary, materials, skill, isOnSite, targets });

export const catalog: Handler<'tickets.catalog'> = async (page, { deps }) => {
  const found = await serviceCatalogRepo(deps.store).list(page);
  return { items: found.items.map(toCategoryView), next: found.next };
};
