import type { ServiceCategory } from './service-category';
import type { DocPatch, DocStore, Page, TxStore } from '@core/kernel/store/doc-store';
import type { PageRequest } from '@core/catalog';
import { checkCategory, type CheckedCategory } from './service-rules';

/** The office edits a few dozen categories: one read serves a page of teams or the pickers. */
const MAX_CATEGORIES = 200;

const checkedPage = (page: Page<ServiceCategory>): Page<CheckedCategory> => ({
  items: page.items.map(checkCategory),
  next: page.next,
});

/**
 * The service catalog's reads and writes. Reads hand out categories checked against the office's
 * schemas (checkCategory): a hand-edited document that fails is reported, and its defaults apply.
 */
export const serviceCatalogRepo = (store: DocStore) => ({
  /** What enterprises are offered: the active categories in the office's order. */
  list: async (page: PageRequest): Promise<Page<ServiceCategory>> => {
    const found = await store.find('service_categories', {
      where: { isActive: true },
      orderBy: { field: 'order', dir: 'asc' },
      limit: page.limit,
      after: page.cursor,
    });
    return { items: found.items.map((c) => checkCategory(c).category), next: found.next };
  },

  /** The office's list, inactive ones too, searched by name. */
  search: async (query: string, page: PageRequest): Promise<Page<CheckedCategory>> =>
    checkedPage(
      await store.find('service_categories', {
        where: query ? { name: { contains: query } } : {},
        orderBy: { field: 'order', dir: 'asc' },
        limit: page.limit,
        after: page.cursor,
      }),
    ),

  all: async (): Promise<ServiceCategory[]> =>
    (await store.find('service_categories', { limit: MAX_CATEGORIES })).items.map((c) => checkCategory(c).category),

  get: async (id: string): Promise<ServiceCategory | null> => {
    const doc = await store.get('service_categories', id);
    return doc ? checkCategory(doc).category : null;
  },

  /** As stored, unchecked: the version to compare-and-set on and the audit's "before". */
  stored: (id: string): Promise<ServiceCategory | null> => store.get('service_categories', id),
});

/** The catalog's writes inside a transaction. */
export const serviceCatalogWrites = (tx: TxStore) => ({
  get: (id: string) => tx.get('service_categories', id),
  insert: (category: ServiceCategory) => tx.insert('service_categories', category),
  update: (id: string, version: number, patch: DocPatch<ServiceCategory>) =>
    tx.update('service_categories', id, version, patch),
});
