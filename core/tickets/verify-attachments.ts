import type { FileRef } from './ticket';
import { uploadIdOf, type UploadRecord } from './upload';
import { invalidInput } from '@core/kernel/errors';
import type { DocStore, TxStore } from '@core/kernel/store/doc-store';
import { keepUpload, uploadRecord } from './repo/upload-records';

/** One file id as a caller refers to it, with the input field it came in. */
export interface UploadClaim {
  field: string;
  fileId: string;
}

/**
 * A locally uploaded file may be referred to only by the person who uploaded it: each `upload:` id
 * must be an upload of `ownerUserId`, else INVALID_INPUT on its field. Cloud fileIDs are checked by
 * storage rules and pass (null). Reads only; nothing is written.
 */
export const verifyOwnUploads = async (
  store: DocStore,
  ownerUserId: string,
  claims: readonly UploadClaim[],
): Promise<(UploadRecord | null)[]> =>
  Promise.all(
    claims.map(async ({ field, fileId }) => {
      const uploadId = uploadIdOf(fileId);
      if (uploadId === null) return null;
      const record = await uploadRecord(store, uploadId);
      if (!record || record.ownerUserId !== ownerUserId) throw invalidInput(field, '文件不存在，请重新上传');
      return record;
    }),
  );

/**
 * A locally uploaded file may be attached only by the person who uploaded it, and is described as
 * the server received and sniffed it (name, size, type), whatever the client says. Cloud fileIDs are
 * checked by storage rules.
 */
export const verifyAttachments = async (
  store: DocStore,
  ownerUserId: string,
  files: readonly FileRef[],
): Promise<FileRef[]> => {
  const records = await verifyOwnUploads(
    store,
    ownerUserId,
    files.map((file, i) => ({ field: `attachments.${i}`, fileId: file.fileId })),
  );
  return files.map((file, i) => {
    const record = records[i];
    return record ? { fileId: file.fileId, name: record.name, size: record.size, type: record.type } : file;
  });
};

/**
 * Inside the transaction that stores the reference: the uploads it now refers to are kept (no longer
 * purged after 24 h). Ids that are not local uploads are left alone.
 */
export const claimUploads = async (tx: TxStore, fileIds: readonly string[]): Promise<void> => {
  for (const fileId of fileIds) {
    const uploadId = uploadIdOf(fileId);
    const record = uploadId ? await uploadRecord(tx, uploadId) : null;
    if (record && record.purgeAt !== null && record.purgeAt !== undefined) await keepUpload(tx, record);
  }
};

/** Inside the ticket's transaction: the uploads it now refers to are kept (no longer purged after 24 h). */
export const markAttached = (tx: TxStore, files: readonly FileRef[]): Promise<void> =>
  claimUploads(
    tx,
    files.map((f) => f.fileId),
  );
