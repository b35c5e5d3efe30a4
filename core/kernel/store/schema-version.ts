import { COLLECTION_NAMES, type CollectionName } from './collections';
import type { StoredDoc } from './doc-store';

/**
 * Every stored document says which shape of its collection it was written in, so a later release
 * knows what to upgrade (core/migrations/steps). The store adapters stamp it on every insert
 * (`withSchemaVersion`); migration steps raise it on the documents they upgrade.
 */
export const SCHEMA_VERSION_FIELD = 'schemaVersion';

/** Documents written before versions existed (the releases up to and including go-live) carry none: they read as 1. */
export const FIRST_SCHEMA_VERSION = 1;

/**
 * Collections whose shape has changed since version 1, with the current version. Raise a number only
 * together with the step in steps/index.ts that brings older documents up to it (a test checks both agree).
 */
const RAISED: Partial<Record<CollectionName, number>> = {
  tickets: 3,
  staff: 2,
  projects: 2,
  service_categories: 2,
  articles: 2,
  evaluation_rounds: 2,
};

export const SCHEMA_VERSIONS: Readonly<Record<CollectionName, number>> = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, RAISED[name] ?? FIRST_SCHEMA_VERSION]),
) as Record<CollectionName, number>;

export const currentSchemaVersion = (collection: string): number =>
  SCHEMA_VERSIONS[collection as CollectionName] ?? FIRST_SCHEMA_VERSION;

/** The version a stored document was written in; one without the field is from before versions existed. */
export const schemaVersionOf = (doc: object): number => {
  const value = (doc as Record<string, unknown>)[SCHEMA_VERSION_FIELD];
  return typeof value === 'number' && Number.isInteger(value) ? value : FIRST_SCHEMA_VERSION;
};

/** What an adapter stores for a new document: the current shape's version, whatever the caller passed. */
export const withSchemaVersion = <T extends StoredDoc>(collection: string, doc: T): T => ({
  ...doc,
  [SCHEMA_VERSION_FIELD]: currentSchemaVersion(collection),
});
