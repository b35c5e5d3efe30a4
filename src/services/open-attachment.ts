import Taro from '@tarojs/taro';
import type { FileRef } from '../../core/domain/ticket';
import { asEnvelope, postJson } from './transport';

/**
 * Opens a private attachment through a short-lived link handed out after an authorisation check:
 * CloudBase's temp URL in WeChat, the local server's signed link in H5.
 */
export const openAttachment = async (file: FileRef, ticketId: string): Promise<string | null> => {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { fileList } = await Taro.cloud.getTempFileURL({ fileList: [file.fileId] });
      const url = fileList[0]?.tempFileURL;
      if (!url) return '文件不存在或无权查看';
      if (file.type.startsWith('image/')) await Taro.previewImage({ urls: [url] });
      else {
        const { tempFilePath } = await Taro.downloadFile({ url });
        await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' });
      }
      return null;
    }
    const answer = asEnvelope<{ url: string }>(await postJson('/api/files/link', { fileId: file.fileId, ticketId }));
    if (!answer.ok) return answer.error.message;
    window.open(answer.data.url, '_blank');
    return null;
  } catch {
    return '文件打开失败，请稍后再试';
  }
};
