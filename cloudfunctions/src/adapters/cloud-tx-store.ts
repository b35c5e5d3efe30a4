import { conflict } from '@core/kernel/errors';
import type { DocPatch, RawTxStore, StoredDoc } from '@core/kernel/store';
import { settle, type CloudCommand, type CloudTransaction } from './cloud-database';
import { addDoc, patchedDoc, readDoc, updateData } from './cloud-docs';

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

  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    return readDoc<T>(this.t.collection(collection), id);
  }

  async insert<T extends StoredDoc>(collection: string, doc: T): Promise<T> {
    // Checked first so a taken id is a clean CONFLICT rather than a failed write in the transaction.
    if (await this.get(collection, doc.id)) throw conflict('记录已存在');
    return addDoc(this.t, collection, doc);
  }

  async update<T extends StoredDoc>(collection: string, id: string, version: number, patch: DocPatch<T>): Promise<T> {
    const next = patchedDoc(await this.get<T>(collection, id), version, patch);
    await settle(
      this.t
        .collection(collection)
        .doc(id)
        .update({ data: updateData(patch, this.command, next.version) }),
    );
    return next;
  }
}
