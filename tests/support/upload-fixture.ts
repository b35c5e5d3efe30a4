import { UNATTACHED_UPLOAD_TTL_MS, type UploadRecord } from '@core/tickets';
import type { DocStore } from '@core/kernel/store/doc-store';
import { FIXED_NOW } from './temp-sqlite-store';

/** When an upload received at FIXED_NOW and never claimed is due for the purge. */
export const UNCLAIMED_PURGE_AT = FIXED_NOW + UNATTACHED_UPLOAD_TTL_MS;

/** A local upload of `ownerUserId` as the server records it, received at FIXED_NOW and not yet claimed. */
export const insertUpload = (
  stack: { store: Pick<DocStore, 'insert'> },
  id: string,
  ownerUserId: string,
  over: Partial<UploadRecord> = {},
): Promise<UploadRecord> =>
  stack.store.insert('uploads', {
    id,
    version: 1,
    ownerUserId,
    name: `${id}.pdf`,
    size: 4096,
    type: 'application/pdf',
    createdAt: FIXED_NOW,
    purgeAt: UNCLAIMED_PURGE_AT,
    ...over,
  });
