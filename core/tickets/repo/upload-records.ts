import type { TxStore } from '@core/kernel/store/doc-store';
import type { UploadRecord } from '../upload';

/** What the server received and sniffed for one local upload, in or outside a transaction. */
export const uploadRecord = (store: Pick<TxStore, 'get'>, uploadId: string): Promise<UploadRecord | null> =>
  store.get('uploads', uploadId);

/** Inside the ticket's transaction: the upload is referred to now, so the 24 h purge skips it. */
export const keepUpload = async (tx: TxStore, record: UploadRecord): Promise<void> => {
  await tx.update('uploads', record.id, record.version, { purgeAt: null });
};
