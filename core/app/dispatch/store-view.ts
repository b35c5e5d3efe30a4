import type { DocStore } from '@core/kernel/store/doc-store';

/** The store as it is, except for how transactions run: the dispatcher's views add writes to each one. */
export const withTransaction = (store: DocStore, transaction: DocStore['transaction']): DocStore => ({
  get: (c, id) => store.get(c, id),
  insert: (c, doc) => store.insert(c, doc),
  update: (c, id, v, patch) => store.update(c, id, v, patch),
  find: (c, q) => store.find(c, q),
  count: (c, w) => store.count(c, w),
  remove: (c, id) => store.remove(c, id),
  transaction,
});
