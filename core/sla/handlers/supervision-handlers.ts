import type { SupervisionHandler } from '../supervision-actions';

import { forbidden } from '@core/kernel/errors';
import { assessmentLedgerPage, supervisionItemsPage } from '@core/tickets';
import type { Filter } from '@core/kernel/store/doc-store';

const withoutVersion = <T extends { version: number }>({ version: _version, ...rest }: T): Omit<T, 'version'> => rest;

export const supervision: SupervisionHandler<'tickets.supervision'> = async (input, { caller, deps }) => {
  const userId = caller.user?.id;
  if (!userId) throw forbidden();
  const isAdmin = caller.roles.includes('admin');
  // A leader sees the items raised to them; the office level and everyone's items are the admin's.
  let where: Filter;
  if (input.level === 'office') {
    if (!isAdmin) throw forbidden('仅限管理员查看办公室督办');
    where = { level: 'office' };
  } else {
    where = isAdmin ? { level: 'leader' } : { leaderUserId: userId };
  }
  const page = await supervisionItemsPage(deps.store, where, input);
  return { items: page.items.map(withoutVersion), next: page.next };
};

export const ledger: SupervisionHandler<'tickets.ledger'> = async (input, { deps }) => {
  const page = await assessmentLedgerPage(deps.store, input.subjectId, input);
  return { items: page.items.map(withoutVersion), next: page.next };
};
