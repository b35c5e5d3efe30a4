import Taro from '@tarojs/taro';
import { ATTACHMENT_TYPES, type AttachmentType, type FileRef } from '@core/tickets/ticket';
import type { Envelope } from '@core/kernel/errors';
import { asEnvelope } from './transport';
import { newRequestId } from './request-id';
import { sessionToken } from './session';

/** A file the user picked (chooseImage / chooseMessageFile): a local path plus what the picker knows. */
export interface PickedFile {
  path: string;
  name: string;
  size: number;
}

const TYPE_BY_EXTENSION: Record<string, AttachmentType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

export const typeByName = (name: string): AttachmentType | null => {
  const type = TYPE_BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? ''];
  return type && ATTACHMENT_TYPES.includes(type) ? type : null;
};

const failed = (message: string): Envelope<FileRef> => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

const uploadToCloud = async (file: PickedFile, type: AttachmentType): Promise<Envelope<FileRef>> => {
  try {
    const cloudPath = `tickets/${newRequestId()}.${file.name.split('.').pop() ?? 'bin'}`;
    const result = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path });
    return { ok: true, data: { fileId: result.fileID, name: file.name, size: file.size, type } };
  } catch {
    return failed('上传失败，请检查网络后重试');
  }
};

const uploadToServer = async (file: PickedFile): Promise<Envelope<FileRef>> => {
  try {
    const blob = await (await fetch(file.path)).blob();
    const token = sessionToken.get();
    const response = await fetch('/api/upload', {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent(file.name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: blob,
    });
    return asEnvelope<FileRef>(response.status === 200 ? await response.json() : null);
  } catch {
    return failed('上传失败，请检查网络后重试');
  }
};

/**
 * Uploads one attachment and answers the file ref a ticket stores. In WeChat the file goes to
 * cloud storage (the fileID is the ref; the cloud function never sees the bytes); in H5 to the
 * local server's /api/upload, which sniffs the content and keeps it under the data dir.
 */
export const uploadAttachment = (file: PickedFile): Promise<Envelope<FileRef>> => {
  const type = typeByName(file.name);
  if (!type) {
    return Promise.resolve({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '仅支持图片（JPG、PNG、WEBP）和PDF文件' },
    });
  }
  // Each build carries only its own way (the other branch is dead code there).
  return process.env.TARO_ENV === 'weapp' ? uploadToCloud(file, type) : uploadToServer(file);
};
