import type { DocStore, TxStore } from '@core/kernel/store/doc-store';

export interface ReadCounts {
  /** Documents handed back: get hits plus every item of every find page. */
  docsRead: number;
  finds: number;
  writes: number;
}

type Method = (...args: unknown[]) => Promise<unknown>;

/** Counts what the work reads (get hits, find items), inside transactions too; forwards everything. */
export const countingStore = (store: DocStore): { store: DocStore; counts: ReadCounts } => {
  const counts: ReadCounts = { docsRead: 0, finds: 0, writes: 0 };
  const wrap = <S extends TxStore>(target: S): S =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const value = Reflect.get(t, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const method = (value as Method).bind(t);
        if (prop === 'get')
          return async (...args: unknown[]) => {
            const doc = await method(...args);
            if (doc) counts.docsRead += 1;
            return doc;
          };
        if (prop === 'find')
          return async (...args: unknown[]) => {
            const page = (await method(...args)) as { items: unknown[] };
            counts.finds += 1;
            counts.docsRead += page.items.length;
            return page;
          };
        if (prop === 'insert' || prop === 'update')
          return async (...args: unknown[]) => {
            counts.writes += 1;
            return method(...args);
          };
        if (prop === 'transaction')
          return (work: (tx: TxStore) => Promise<unknown>) => method((tx: TxStore) => work(wrap(tx)));
        return method;
      },
    });
  return { store: wrap(store), counts };
};
