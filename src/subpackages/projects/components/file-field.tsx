import { AttachmentPicker } from '@/components/attachment-picker';
import type { FileRef } from '@core/tickets/ticket';

/** Uploaded files through the app's one upload path (the ticket attachments'). */
export function FileField(props: { files: FileRef[]; error?: string; onChange: (files: FileRef[]) => void }) {
  return (
    <AttachmentPicker
      files={props.files}
      error={props.error}
      onAdd={(f) => props.onChange([...props.files, f])}
      onRemove={(id) => props.onChange(props.files.filter((f) => f.fileId !== id))}
    />
  );
}
