import type { ServiceCategoryView } from '../ticket-actions';
import type { ServiceCategory } from '../service-category';
import { serviceCatalogRepo } from '../service-catalog-repo';
import type { Handler } from '@core/kernel/deps';

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
