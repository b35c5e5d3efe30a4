import { Button, Text, Textarea } from '@tarojs/components';
import { useState } from 'react';
import { Section } from '@/components/section';
import type { TicketAction } from '@/hooks/use-ticket-action';

/** 取消申请 with a reason, before the ticket is accepted. */
export function CancelSection({ ticketId, action }: { ticketId: string; action: TicketAction }) {
  const [reason, setReason] = useState('');
  const cancel = () =>
    void action.run('cancel', { action: 'tickets.cancel', input: { ticketId, reason } }, '已取消申请');
  return (
    <Section title="取消申请">
      <Textarea
        className="form__textarea"
        value={reason}
        maxlength={200}
        placeholder="请填写取消原因（受理前可取消）"
        onInput={(e) => setReason(e.detail.value)}
      />
      {action.fieldError?.field === 'reason' && <Text className="field-error">{action.fieldError.message}</Text>}
      <Button className="ticket-detail__cancel" loading={action.busy === 'cancel'} onClick={cancel}>
        取消申请
      </Button>
    </Section>
  );
}
