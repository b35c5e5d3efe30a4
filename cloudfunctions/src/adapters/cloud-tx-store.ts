import { conflict, notFound } from '@core/kernel/errors';
import { withSchemaVersion } from '@core/kernel/store/schema-version';
import type { DocPatch, RawTxStore, StoredDoc } from '@core/kernel/store';
import { settle, type CloudCommand, type CloudTransaction } from './cloud-database';
import {
  definedPatch,
  fromStored,
  isClientWritten,
  isDuplicateKey,
  isMissingDocument,
  toStored,
  updateData,
} from './cloud-docs';

/**
 * The port's transaction view over one CloudBase transaction. WeChat transactions allow only
 * single-document calls (`doc(id).get/update`, `add`), so compare-and-set is a read of the document
 * followed by an update: the transaction makes the pair atomic.
 */
export class CloudTxStore implements RawTxStore {
  constructor(
    private readonly t: CloudTransaction,
    private readonly command: CloudCommand,
  ) {}

  async get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    try {
      const { data } = await settle(this.t.collection(collection).doc(id).get());
      return data && !isClientWritten(data) ? fromStored<T>(data) : null;
    } catch (e) {
      if (isMissingDocument(e)) return null;
      throw e;
    }
  }

  async insert<T extends StoredDoc>(collection: string, doc: T): Promise<T> {
    // Checked first so a taken id is a clean CONFLICT rather than a failed write in the transaction.
    if (await this.get(collection, doc.id)) throw conflict('记录已存在');
    const stamped = withSchemaVersion(collection, doc);
    try {
      await settle(this.t.collection(collection).add({ data: toStored(stamped) }));
    } catch (e) {
      if (isDuplicateKey(e)) throw conflict('记录已存在');
      throw e;
    }
    return stamped;
  }

  async update<T extends StoredDoc>(
    collection: string,
    id: string,
    expectedVersion: number,
    patch: DocPatch<T>,
  ): Promise<T> {
    const current = await this.get<T>(collection, id);
    if (!current) throw notFound();
    if (current.version !== expectedVersion) throw conflict();
    const version = expectedVersion + 1;
    await settle(
      this.t
        .collection(collection)
        .doc(id)
        .update({ data: updateData(patch, this.command, version) }),
    );
    return { ...current, ...definedPatch(patch), id, version } as T;
  }
}
