import type { TicketHandler } from '../ticket-actions';
import type { ServiceCategoryView } from '../ticket-actions';
import type { ServiceCategory } from '../service-category';
import { serviceCatalogRepo } from '../service-catalog-repo';
import { rulesOfTicket } from '../service-rules';

export const toCategoryView = (
  { id, name, order, summary, materials, skill, isOnSite, rules }: ServiceCategory,
  now: number,
): ServiceCategoryView => ({
  id,
  name,
  order,
  summary,
  materials,
  skill,
  isOnSite,
  targets: rulesOfTicket({ rules }, { createdAt: now }).targets,
});

export const catalog: TicketHandler<'tickets.catalog'> = async (page, { deps }) => {
  const found = await serviceCatalogRepo(deps.store).list(page);
  const now = deps.clock.now();
  return { items: found.items.map((c) => toCategoryView(c, now)), next: found.next };
};
