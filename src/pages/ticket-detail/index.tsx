import { Text } from '@tarojs/components';
import { Section } from '../../components/section';
import { TicketDetailShell } from '../../components/ticket-detail-shell';
import { useTicketDetail } from '../../hooks/use-ticket-detail';
import { ConfirmSection } from './components/confirm-section';
import { ReasonSection } from './components/reply-box';
import { SupplementSection } from './components/supplement-section';
import '../ticket-new/index.scss';
import './index.scss';

/**
 * 服务详情 (enterprise): status and deadlines, who owns it, the public timeline; supplement when asked,
 * cancel before acceptance, confirm and rate (or send back) once resolved.
 */
export default function TicketDetailPage() {
  const detail = useTicketDetail();
  const { id, action } = detail;
  return (
    <TicketDetailShell
      detail={detail}
      className="ticket-detail"
      emptyText="申请不存在"
      timelineTitle="办理进度"
      footer={(ticket) => ticket.can.cancel && <ReasonSection ticketId={id} action={action} change="cancel" />}
    >
      {(ticket) => (
        <>
          {ticket.resolutionSummary && ticket.status !== 'in_progress' && (
            <Section title="办理结果">
              <Text className="ticket-detail__summary">{ticket.resolutionSummary}</Text>
            </Section>
          )}
          {ticket.can.close && <ConfirmSection ticketId={id} action={action} />}
          {ticket.can.supplement && <SupplementSection ticket={ticket} action={action} />}
        </>
      )}
    </TicketDetailShell>
  );
}
