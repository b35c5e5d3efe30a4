import type { FileRef } from './ticket';
import { uploadIdOf } from './upload';
import { invalidInput } from '@core/kernel/errors';
import type { DocStore, TxStore } from '@core/kernel/store/doc-store';
import { keepUpload, uploadRecord } from './repo/upload-records';

/**
 * A locally uploaded file may be attached only by the person who uploaded it, and is described as
 * the server received and sniffed it (name, size, type), whatever the client says. Cloud fileIDs are
 * checked by storage rules.
 */
export const verifyAttachments = async (
  store: DocStore,
  ownerUserId: string,
  files: readonly FileRef[],
): Promise<FileRef[]> =>
  Promise.all(
    files.map(async (file, i) => {
      const uploadId = uploadIdOf(file.fileId);
      if (uploadId === null) return file;
      const record = await uploadRecord(store, uploadId);
      if (!record || record.ownerUserId !== ownerUserId)
        throw invalidInput(`attachments.${i}`, '附件不存在，请重新上传');
      return { fileId: file.fileId, name: record.name, size: record.size, type: record.type };
    }),
  );

/** Inside the ticket's transaction: the uploads it now refers to are kept (no longer purged after 24 h). */
export const markAttached = async (tx: TxStore, files: readonly FileRef[]): Promise<void> => {
  for (const file of files) {
    const uploadId = uploadIdOf(file.fileId);
    const record = uploadId ? await uploadRecord(tx, uploadId) : null;
    if (record && record.purgeAt !== null && record.purgeAt !== undefined) await keepUpload(tx, record);
  }
};
