import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type FileRef } from '@core/tickets/ticket';
import { uploadAttachment, type PickedFile } from '../../services/upload-attachment';
import { AttachmentList } from '../ticket-parts';
import './index.scss';
import { PrivacyDialog } from '../privacy-dialog';
import { TEXT_BUTTON } from '../../utils/a11y';

const nameOf = (file: { path: string; originalFileObj?: { name?: string } }, i: number) =>
  file.originalFileObj?.name ?? file.path.split('/').pop() ?? `附件${i + 1}.jpg`;

/** Pick images (and PDFs in WeChat), upload each, list them with a remove action. Limits are told up front. */
export function AttachmentPicker(props: {
  files: FileRef[];
  onAdd: (file: FileRef) => void;
  onRemove: (fileId: string) => void;
  error?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const room = MAX_ATTACHMENTS - props.files.length;
  const canAdd = !busy && room > 0;

  const upload = async (picked: PickedFile[]) => {
    setBusy(true);
    setProblem(null);
    for (const file of picked) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        setProblem(`${file.name} 超过10MB，未上传`);
        continue;
      }
      const answer = await uploadAttachment(file);
      if (answer.ok) props.onAdd(answer.data);
      else setProblem(`${file.name}：${answer.error.message}`);
    }
    setBusy(false);
  };
  const pickImages = async () => {
    try {
      const { tempFiles } = await Taro.chooseImage({ count: room, sizeType: ['original'] });
      await upload(tempFiles.map((f, i) => ({ path: f.path, size: f.size, name: nameOf(f as never, i) })));
    } catch {
      // The user closed the picker.
    }
  };
  const pickPdf = async () => {
    try {
      const { tempFiles } = await Taro.chooseMessageFile({ count: room, type: 'file', extension: ['pdf'] });
      await upload(tempFiles.map((f) => ({ path: f.path, size: f.size, name: f.name })));
    } catch {
      // The user closed the picker.
    }
  };

  return (
    <View className="attachment-picker">
      {/* The image and file pickers are WeChat privacy APIs: they pause until this dialog answers. */}
      <PrivacyDialog />
      <AttachmentList files={props.files} />
      {props.files.map((f) => (
        <Text
          {...TEXT_BUTTON}
          key={f.fileId}
          className="attachment-picker__remove"
          onClick={() => props.onRemove(f.fileId)}
        >
          移除 {f.name}
        </Text>
      ))}
      <View className="attachment-picker__buttons">
        <Text
          {...TEXT_BUTTON}
          className={`attachment-picker__button ${canAdd ? '' : 'attachment-picker__button--off'}`}
          onClick={() => canAdd && void pickImages()}
        >
          {busy ? '上传中…' : '添加图片'}
        </Text>
        {process.env.TARO_ENV === 'weapp' && (
          <Text
            {...TEXT_BUTTON}
            className={`attachment-picker__button ${canAdd ? '' : 'attachment-picker__button--off'}`}
            onClick={() => canAdd && void pickPdf()}
          >
            添加PDF
          </Text>
        )}
      </View>
      {/* The browser build offers images only (no PDF picker there): say so rather than promise PDF. */}
      <Text className="muted">
        {process.env.TARO_ENV === 'weapp'
          ? `支持JPG、PNG、WEBP图片和PDF，单个不超过10MB，最多${MAX_ATTACHMENTS}个`
          : `网页版支持JPG、PNG、WEBP图片，单个不超过10MB，最多${MAX_ATTACHMENTS}个；PDF请在微信小程序中上传`}
      </Text>
      {(problem ?? props.error) && <Text className="field-error">{problem ?? props.error}</Text>}
    </View>
  );
}
