import * as cloud from 'wx-server-sdk';
import type { FileLinks } from '@core/app/handlers';

interface TempFileReply {
  fileList?: { fileID?: string; tempFileURL?: string; status?: number }[];
}

/**
 * Temp URLs from cloud storage, asked for by the function (which the storage rule allows) after the
 * handler's authorisation check; `maxAge` makes each link expire. The mini-program never asks itself.
 */
export const cloudFileLinks = (): FileLinks => ({
  tempUrl: async (fileId, maxAgeSeconds) => {
    const reply = (await cloud.getTempFileURL({
      fileList: [{ fileID: fileId, maxAge: maxAgeSeconds }],
    })) as TempFileReply;
    const entry = reply.fileList?.[0];
    return entry && entry.status === 0 && entry.tempFileURL ? entry.tempFileURL : null;
  },
});
