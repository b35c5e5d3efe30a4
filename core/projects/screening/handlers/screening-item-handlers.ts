import { noteAudit } from '@core/kernel/deps';
import { notFound } from '@core/kernel/errors';
import type { ScreeningItem } from '../screening';
import type { ScreeningHandler } from '../screening-actions';
import { screeningRepo, screeningTx } from '../screening-repo';

export const items: ScreeningHandler<'projects.screening.items'> = async ({ includeInactive }, { deps }) =>
  screeningRepo(deps.store).items(includeInactive);

/**
 * The office adds or edits a checklist item. Each edit bumps the item's version, so a form answered
 * against the old text is refused (refresh) and a finished screening keeps the copy it was answered against.
 */
export const saveItem: ScreeningHandler<'projects.screening.saveItem'> = async ({ itemId, ...fields }, ctx) => {
  const { store, clock, ids } = ctx.deps;
  const now = clock.now();
  // The audit record commits with the change: the note is made inside the transaction's work.
  return store.transaction(async (tx) => {
    const t = screeningTx(tx);
    if (itemId === null) {
      const created: ScreeningItem = { id: `scr-item-${ids.newId()}`, version: 1, ...fields, updatedAt: now };
      noteAudit(ctx, { target: `screening_items/${created.id}`, before: null, after: fields });
      return t.insertItem(created);
    }
    const current = await t.getItem(itemId);
    if (!current) throw notFound('检查项不存在');
    noteAudit(ctx, { target: `screening_items/${itemId}`, before: current, after: fields });
    return t.updateItem(current, { ...fields, updatedAt: now });
  });
};
