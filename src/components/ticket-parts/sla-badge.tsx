import { Text, View } from '@tarojs/components';
import type { SlaBadge as SlaBadgeData, TicketSlaView } from '@core/tickets/deadlines/ticket-sla';
import type { TicketEscalation } from '@core/tickets/supervision';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';

/** green / yellow / red, as 限时办结 is read in the zone's offices. */
const toneOf = (b: SlaBadgeData) => (b.state === 'overdue' ? 'red' : b.state === 'warning' ? 'yellow' : 'green');

/** The clock that matters now, as one coloured line: "办结 · 剩余 3 个工作小时". */
export function SlaBadge({ sla }: { sla: TicketSlaView | null }) {
  if (!sla) return null;
  return (
    <Text className={`sla-badge sla-badge--${toneOf(sla.headline)}`} data-sla-state={sla.headline.state}>
      {sla.headlineName} · {sla.headline.text}
    </Text>
  );
}

/** Both clocks with their deadlines, for a ticket's own page, and the 督办 raised on it. */
export function SlaPanel({ sla, escalation }: { sla: TicketSlaView | null; escalation?: TicketEscalation }) {
  if (!sla) return null;
  const steps = escalation ? [escalation.response, escalation.resolution] : [];
  const firstOf = (stamps: (number | null)[]) => {
    const set = stamps.filter((at): at is number => at !== null);
    return set.length ? Math.min(...set) : null;
  };
  const escalatedAt = firstOf(steps.map((s) => s.escalatedAt));
  const supervisedAt = firstOf(steps.map((s) => s.supervisedAt));
  const supervision = escalatedAt
    ? `已报招商服务办公室督办（${formatDateTimeZh(escalatedAt)}）`
    : supervisedAt
      ? `负责领导督办中（${formatDateTimeZh(supervisedAt)}）`
      : null;
  const rows: [string, SlaBadgeData][] = [
    ['首次响应', sla.response],
    ['办结时限', sla.resolution],
  ];
  return (
    <View className="sla-panel" data-sla-state={sla.headline.state}>
      {rows.map(([label, b]) => (
        <View key={label} className="sla-panel__row">
          <Text className="sla-panel__label">{label}</Text>
          <Text className={`sla-badge sla-badge--${toneOf(b)}`}>{b.text}</Text>
          <Text className="sla-panel__due muted">{b.isStopped ? '' : `时限 ${formatDateTimeZh(b.dueAt)}`}</Text>
        </View>
      ))}
      {supervision && <Text className="sla-panel__supervision">{supervision}</Text>}
    </View>
  );
}
