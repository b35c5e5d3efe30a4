import { randomUUID } from 'node:crypto';
import * as cloud from 'wx-server-sdk';
import type { ExportFiles } from '@core/app/handlers';
import { cloudDatabase } from './cloud-sdk';

/** How long the temp link to a workbook lives (getTempFileURL maxAge, seconds). */
const LINK_SECONDS = 600;

/**
 * Workbooks in cloud storage under exports/ (private: storage rules deny client reads), opened through
 * a short-lived getTempFileURL link that the page downloads and shows with wx.openDocument.
 */
export const cloudExportFiles = (): ExportFiles => ({
  save: async (fileName, bytes) => {
    cloudDatabase(); // initialises the SDK for this environment
    const { fileID } = await cloud.uploadFile({
      cloudPath: `exports/${randomUUID()}/${fileName}`,
      fileContent: Buffer.from(bytes),
    });
    const links = await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: LINK_SECONDS }] });
    const url = links ? links.fileList[0]?.tempFileURL : undefined;
    if (!url) throw new Error(`getTempFileURL gave no link for ${fileID}`);
    return { url, expiresAt: Date.now() + LINK_SECONDS * 1000 };
  },
});
