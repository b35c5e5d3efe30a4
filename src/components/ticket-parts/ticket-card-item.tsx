import { Text, View } from '@tarojs/components';
import type { TicketCard } from '@core/app/contract';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { TicketStatusTag } from './';
import { SlaBadge } from './sla-badge';

/** One row of a ticket list: what, for whom, who has it, its status. */
export function TicketCardItem({ ticket, onOpen }: { ticket: TicketCard; onOpen: () => void }) {
  return (
    <View role="button" className="ticket-card" data-ticket-id={ticket.id} onClick={onOpen}>
      <View className="ticket-card__head">
        <Text className="ticket-card__name">{ticket.categoryName}</Text>
        <TicketStatusTag status={ticket.status} />
      </View>
      <Text className="ticket-card__line">{ticket.projectName ?? ticket.enterpriseName}</Text>
      {ticket.sla && !ticket.sla.headline.isStopped && <SlaBadge sla={ticket.sla} />}
      <Text className="ticket-card__line muted">
        {ticket.assigneeName ? `经办：${ticket.assigneeName}` : '正在分派'} · {formatDateTimeZh(ticket.createdAt)}
      </Text>
    </View>
  );
}
