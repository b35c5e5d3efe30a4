import type { TicketHandler } from '../ticket-actions';
import type { ServiceCategoryView } from '../ticket-actions';
import type { ServiceCategory } from '../service-category';
import { serviceCatalogRepo } from '../service-catalog-repo';

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

export const catalog: TicketHandler<'tickets.catalog'> = async (page, { deps }) => {
  const found = await serviceCatalogRepo(deps.store).list(page);
  return { items: found.items.map(toCategoryView), next: found.next };
};
