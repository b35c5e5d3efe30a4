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
  /**
   * When the scheduler removes it unless a ticket takes it first (createdAt + 24 h); null once
   * attached. Records from before this field are never purged.
   */
  purgeAt?: number | null;
}

/** An upload no ticket refers to is removed after this long. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 3600_000;
/** Per person and day (+08:00): what one person may put on the server's disk. */
export const DAILY_UPLOAD_QUOTA = { bytes: 100 * 1024 * 1024, files: 50 } as const;

/** One person's uploads of one local day: counted inside a transaction, so parallel uploads add up. */
export interface UploadQuota {
  id: string;
  version: number;
  bytes: number;
  files: number;
}

export const uploadQuotaId = (ownerUserId: string, localDay: string): string => `${ownerUserId}|${localDay}`;

export const uploadFileId = (uploadId: string): string => `upload:${uploadId}`;
export const uploadIdOf = (fileId: string): string | null =>
  fileId.startsWith('upload:') ? fileId.slice('upload:'.length) : null;
