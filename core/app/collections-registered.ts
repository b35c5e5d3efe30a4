import type { CollectionName, CollectionDocs } from '@core/kernel/store/collections';

/**
 * Fails to compile while a collection of COLLECTIONS has no document type: the error names the
 * collection a feature forgot to register in its collections.ts.
 */
type Unregistered = Exclude<CollectionName, keyof CollectionDocs | 'settings'>;
export const everyCollectionHasItsType: [Unregistered] extends [never] ? true : Unregistered = true;
