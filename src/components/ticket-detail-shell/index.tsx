import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { TicketView } from '@core/app/contract';
import type { TicketDetail } from '../../hooks/use-ticket-detail';
import { Section } from '../section';
import { StateView } from '../state-view';
import { AttachmentList, TicketFacts, TicketStatusTag, TicketTimeline } from '../ticket-parts';
import { SlaPanel } from '../ticket-parts/sla-badge';
import { TimelineEarlier } from '../timeline-earlier';
import './index.scss';

interface Props {
  detail: TicketDetail;
  /** The page's own block class (ticket-detail, staff-ticket). */
  className: string;
  emptyText: string;
  timelineTitle: string;
  /** What the viewer can do now, between the deadlines and the request. */
  children: (ticket: TicketView) => ReactNode;
  /** Below the timeline (the enterprise's 取消申请). */
  footer?: (ticket: TicketView) => ReactNode;
}

/**
 * One ticket page: loading and error states, the category with its status, the deadlines, the
 * page's own actions, the request as filed with its files, and the timeline with earlier pages.
 */
export function TicketDetailShell({ detail, className, emptyText, timelineTitle, children, footer }: Props) {
  const { entry, ticket, timeline, open } = detail;
  return (
    <View className={`page ${className}`}>
      <StateView
        status={entry?.status ?? 'loading'}
        error={entry?.error ?? null}
        isEmpty={!ticket}
        emptyText={emptyText}
        onRetry={detail.reload}
      >
        {ticket && (
          <>
            <View className="ticket-shell__hero">
              <Text className="ticket-shell__title">{ticket.categoryName}</Text>
              <TicketStatusTag status={ticket.status} />
            </View>
            <SlaPanel sla={ticket.sla} escalation={ticket.escalation} />
            {children(ticket)}
            <Section title="申请信息">
              <TicketFacts ticket={ticket} />
              <AttachmentList files={ticket.attachments} onOpen={(f) => void open(f)} />
            </Section>
            <Section title={timelineTitle}>
              <TicketTimeline lines={timeline.lines} onOpen={(f) => void open(f)} />
              <TimelineEarlier timeline={timeline} />
            </Section>
            {footer?.(ticket)}
          </>
        )}
      </StateView>
    </View>
  );
}
