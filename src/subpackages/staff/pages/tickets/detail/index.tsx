import { Button, Text } from '@tarojs/components';
import { Section } from '@/components/section';
import { TicketDetailShell } from '@/components/ticket-detail-shell';
import { useTicketDetail } from '@/hooks/use-ticket-detail';
import { ComposerSection } from './components/composer-section';
import '@/pages/ticket-new/index.scss';
import './index.scss';

/** 工单详情 for staff: the full timeline with internal notes, and the actions the caller may take now. */
export default function StaffTicketDetailPage() {
  const detail = useTicketDetail();
  const { id, action } = detail;
  const accept = () => void action.run('accept', { action: 'tickets.accept', input: { ticketId: id } }, '已受理');
  return (
    <TicketDetailShell detail={detail} className="staff-ticket" emptyText="工单不存在" timelineTitle="办理记录">
      {(ticket) => (
        <>
          {ticket.can.accept && (
            <Button className="form__submit" loading={action.busy === 'accept'} onClick={accept}>
              受理
            </Button>
          )}
          <ComposerSection ticket={ticket} action={action} />
          {ticket.requestedMaterials.length > 0 && (
            <Section title="已要求补充">
              <Text className="muted">{ticket.requestedMaterials.join('、')}</Text>
            </Section>
          )}
          {ticket.resolutionSummary && (
            <Section title="办理结果">
              <Text>{ticket.resolutionSummary}</Text>
            </Section>
          )}
        </>
      )}
    </TicketDetailShell>
  );
}
