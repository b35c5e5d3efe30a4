import Taro from '@tarojs/taro';
import type { FileRef } from '@core/tickets/ticket';
import { asEnvelope, call, postJson } from './transport';

/**
 * Opens a private attachment through a short-lived link handed out after an authorisation check:
 * in WeChat the tickets function checks the caller against the ticket and returns a 5-minute temp
 * URL (the mini-program never calls getTempFileURL itself); in H5 the local server's signed link.
 */
const openInWeChat = async (file: FileRef, ticketId: string): Promise<string | null> => {
  try {
    const answer = await call('tickets.attachmentLink', { ticketId, fileId: file.fileId });
    if (!answer.ok) return answer.error.message;
    const { url } = answer.data;
    if (file.type.startsWith('image/')) await Taro.previewImage({ urls: [url] });
    else {
      const { tempFilePath } = await Taro.downloadFile({ url });
      await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' });
    }
    return null;
  } catch {
    return '文件打开失败，请稍后再试';
  }
};

const openInBrowser = async (file: FileRef, ticketId: string): Promise<string | null> => {
  try {
    const answer = asEnvelope<{ url: string }>(await postJson('/api/files/link', { fileId: file.fileId, ticketId }));
    if (!answer.ok) return answer.error.message;
    window.open(answer.data.url, '_blank');
    return null;
  } catch {
    return '文件打开失败，请稍后再试';
  }
};

/** Chosen once per build: each build carries only its own way. */
export const openAttachment = process.env.TARO_ENV === 'weapp' ? openInWeChat : openInBrowser;
