import Taro from '@tarojs/taro';
import type { ActionInput } from '@core/app/contract';
import { newRequestId } from './request-id';
import { call } from './transport';

/**
 * Exports a workbook and opens it: in WeChat the cloud temp link is downloaded and shown with
 * wx.openDocument (its menu lets people forward or save it); in H5 the signed link downloads it.
 * Returns an error message to show, or null.
 */
export const exportWorkbook = async (input: ActionInput<'tickets.export'>): Promise<string | null> => {
  const answer = await call('tickets.export', input, { requestId: newRequestId() });
  if (!answer.ok) return answer.error.message;
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { tempFilePath } = await Taro.downloadFile({ url: answer.data.url });
      await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
    } else {
      window.open(answer.data.url, '_blank');
    }
    return null;
  } catch {
    return '文件打开失败，请稍后再试';
  }
};
