import { Text } from '@tarojs/components';
import { useState } from 'react';
import type { TicketView } from '@core/app/contract';
import type { FileRef } from '@core/tickets/ticket';
import { AttachmentPicker } from '@/components/attachment-picker';
import { Section } from '@/components/section';
import type { TicketAction } from '@/hooks/use-ticket-action';
import { ActionButton, ReplyBox } from './reply-box';

/** 请补充材料: what staff asked for, then a note and files that move the ticket back to 办理中. */
export function SupplementSection({ ticket, action }: { ticket: TicketView; action: TicketAction }) {
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<FileRef[]>([]);
  const supplement = () =>
    action
      .run(
        'supplement',
        { action: 'tickets.supplement', input: { ticketId: ticket.id, text: note, attachments: files } },
        '已提交补充材料',
      )
      .then((ok) => {
        if (!ok) return;
        setNote('');
        setFiles([]);
      });
  return (
    <Section title="请补充材料">
      {ticket.requestedMaterials.map((m, i) => (
        <Text key={m} className="ticket-detail__ask">
          {i + 1}. {m}
        </Text>
      ))}
      <ReplyBox action={action} value={note} onChange={setNote} maxlength={1000} placeholder="补充说明（可选）" />
      <AttachmentPicker
        files={files}
        onAdd={(f) => setFiles((prev) => [...prev, f])}
        onRemove={(fileId) => setFiles((prev) => prev.filter((f) => f.fileId !== fileId))}
        error={action.fieldError?.message}
      />
      <ActionButton action={action} busyKey="supplement" className="form__submit" onClick={() => void supplement()}>
        提交补充材料
      </ActionButton>
    </Section>
  );
}
