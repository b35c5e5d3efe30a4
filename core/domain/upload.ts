import type { AttachmentType } from './ticket';

/**
 * A file received by the local server's upload endpoint (in WeChat, cloud storage keeps files and
 * this record is not needed). It belongs to the uploader: only they may attach it to a ticket.
 */
export interface UploadRecord {
  id: string;
  version: number;
  ownerUserId: string;
  name: string;
  size: number;
  /** As sniffed from the content, not as the client claimed. */
  type: AttachmentType;
  createdAt: number;
}

export const uploadFileId = (uploadId: string): string => `upload:${uploadId}`;
export const uploadIdOf = (fileId: string): string | null =>
  fileId.startsWith('upload:') ? fileId.slice('upload:'.length) : null;
