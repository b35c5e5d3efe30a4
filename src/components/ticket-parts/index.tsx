import { Text, View } from '@tarojs/components';
import type { TicketTimelineLine, TicketView } from '@core/app/contract';
import { TICKET_STATUS_LABELS, type FileRef, type TicketStatus } from '@core/tickets/ticket';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { HALF_DAY_LABELS } from '@core/visits/visit';
import { FactRows } from '../fact-rows';
import { ProjectLink } from '../project-link';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';

/** Pieces of a ticket shared by the enterprise's and the staff's pages. */

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  return <Text className={`ticket-status ticket-status--${status}`}>{TICKET_STATUS_LABELS[status]}</Text>;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;

export function AttachmentList({ files, onOpen }: { files: FileRef[]; onOpen?: (file: FileRef) => void }) {
  if (files.length === 0) return null;
  return (
    <View className="ticket-files">
      {files.map((f) => (
        <Text {...TEXT_BUTTON} key={f.fileId} className="ticket-files__item" onClick={() => onOpen?.(f)}>
          附件：{f.name}（{sizeText(f.size)}）
        </Text>
      ))}
    </View>
  );
}

export function TicketTimeline({ lines, onOpen }: { lines: TicketTimelineLine[]; onOpen?: (file: FileRef) => void }) {
  return (
    <View className="ticket-timeline">
      {[...lines].reverse().map((line) => (
        <View
          key={line.id}
          className={`ticket-timeline__line ${line.isInternal ? 'ticket-timeline__line--internal' : ''}`}
        >
          <Text className="ticket-timeline__meta">
            {formatDateTimeZh(line.at)} · {line.actorName}
            {line.isInternal ? ' · 内部' : ''}
          </Text>
          <Text className="ticket-timeline__text">{line.text}</Text>
          <AttachmentList files={line.attachments} onOpen={onOpen} />
        </View>
      ))}
    </View>
  );
}

/** The facts of a ticket: who owns it, the leader, the enterprise's details (masked where the viewer may not see them). */
const FACT_CLASSES = { row: 'ticket-facts__row', label: 'ticket-facts__label', value: 'ticket-facts__value' };

export function TicketFacts({ ticket }: { ticket: TicketView }) {
  const rows: [string, string][] = [
    ['服务事项', ticket.categoryName],
    ['关联项目', ticket.projectName ?? '未关联项目'],
    ['经办人', ticket.assignee ? `${ticket.assignee.name}（${ticket.assignee.title}）` : '正在分派'],
    ['负责领导', ticket.leader?.name ?? '—'],
    ['企业名称', ticket.enterpriseName],
    ['统一社会信用代码', `${ticket.creditCode}${ticket.creditCodeStatus === 'manual_review' ? '（待人工核验）' : ''}`],
    ['联系人', `${ticket.contactName} ${ticket.contactPhone}`],
    ['提交时间', formatDateTimeZh(ticket.createdAt)],
  ];
  if (ticket.preferredOnSite) {
    rows.push(['希望上门', `${ticket.preferredOnSite.date} ${HALF_DAY_LABELS[ticket.preferredOnSite.halfDay]}`]);
  }
  return (
    <View className="ticket-facts">
      <FactRows rows={rows} classes={FACT_CLASSES} />
      {ticket.projectId && <ProjectLink projectId={ticket.projectId} />}
      <Text className="ticket-facts__description">{ticket.description}</Text>
    </View>
  );
}
