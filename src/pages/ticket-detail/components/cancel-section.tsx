import type { TicketAction } from '@/hooks/use-ticket-action';
import { ReasonSection } from './reply-box';

/** 取消申请 with a reason, before the ticket is accepted. */
export function CancelSection({ ticketId, action }: { ticketId: string; action: TicketAction }) {
  return (
    <ReasonSection
      title="取消申请"
      action={action}
      busyKey="cancel"
      placeholder="请填写取消原因（受理前可取消）"
      buttonLabel="取消申请"
      run={(reason) =>
        void action.run('cancel', { action: 'tickets.cancel', input: { ticketId, reason } }, '已取消申请')
      }
    />
  );
}
