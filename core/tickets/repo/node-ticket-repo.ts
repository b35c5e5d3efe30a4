import type { DocPatch, TxStore } from '@core/kernel/store/doc-store';
import type { Ticket } from '../ticket';

/** A project's node work items (项目节点 tickets), by their derived id, inside the caller's transaction. */
export const nodeTicketTx = (tx: TxStore) => ({
  get: (id: string) => tx.get('tickets', id),
  insert: (ticket: Ticket) => tx.insert('tickets', ticket),
  update: (current: Ticket, patch: DocPatch<Ticket>) => tx.update('tickets', current.id, current.version, patch),
});
