import { Button, Picker, Text, Textarea, View } from '@tarojs/components';
import { useEarlierTimeline } from '@/hooks/use-earlier-timeline';
import { TimelineEarlier } from '@/components/timeline-earlier';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { FileRef } from '@core/tickets/ticket';
import { Section } from '@/components/section';
import { StateView } from '@/components/state-view';
import { AttachmentList, TicketFacts, TicketStatusTag, TicketTimeline } from '@/components/ticket-parts';
import { useTicketAction } from '@/hooks/use-ticket-action';
import { openAttachment } from '@/services/open-attachment';
import { call } from '@/services/transport';
import { ticketStores, useTicketDetails } from '@/stores/ticket-stores';
import type { ColleagueRef } from '@core/app/contract';
import { availableModes, COMPOSER, isHandOver, materialLines, type ComposerMode } from './staff-composer';
import '@/pages/ticket-new/index.scss';
import './index.scss';
import { SlaPanel } from '@/components/ticket-parts/sla-badge';
import { TEXT_BUTTON } from '@/utils/a11y';

/** 工单详情 for staff: the full timeline with internal notes, and the actions the caller may take now. */
export default function StaffTicketDetailPage() {
  const id = useRouter().params.id ?? '';
  const details = useTicketDetails();
  const entry = details.byId[id];
  const ticket = entry?.data ?? null;
  const action = useTicketAction(id);
  const timeline = useEarlierTimeline(ticket, (cursor) => call('tickets.timeline', { ticketId: id, cursor }));
  const [mode, setMode] = useState<ComposerMode | null>(null);
  const [text, setText] = useState('');
  const [colleagues, setColleagues] = useState<ColleagueRef[]>([]);
  const [toUserId, setToUserId] = useState<string | null>(null);

  useEffect(() => {
    if (id) void ticketStores.details.getState().load(id);
  }, [id]);
  usePullDownRefresh(
    () =>
      void ticketStores.details
        .getState()
        .load(id)
        .finally(() => Taro.stopPullDownRefresh()),
  );

  const modes = ticket ? availableModes(ticket) : [];
  const current = mode && modes.includes(mode) ? mode : (modes[0] ?? null);
  const handingOver = current !== null && isHandOver(current);

  useEffect(() => {
    if (!handingOver || colleagues.length > 0) return;
    void call('tickets.colleagues', { ticketId: id, limit: 100 }).then((answer) => {
      if (answer.ok) setColleagues(answer.data.items.filter((c) => !c.isOnLeave));
    });
  }, [handingOver, id, colleagues.length]);
  const open = async (file: FileRef) => {
    const problem = await openAttachment(file, id);
    if (problem) void Taro.showToast({ title: problem, icon: 'none' });
  };
  const accept = () =>
    void action.run('accept', (requestId) => call('tickets.accept', { ticketId: id }, { requestId }), '已受理');
  const send = async () => {
    if (!current) return;
    const ok = await action.run(
      current,
      (requestId) => {
        const o = { requestId };
        if (current === 'reply') return call('tickets.reply', { ticketId: id, text }, o);
        if (current === 'note') return call('tickets.note', { ticketId: id, text }, o);
        if (current === 'resolve') return call('tickets.resolve', { ticketId: id, summary: text }, o);
        if (current === 'transfer')
          return call('tickets.transfer', { ticketId: id, reason: text, ...(toUserId ? { toUserId } : {}) }, o);
        if (current === 'reassign')
          return call('tickets.reassign', { ticketId: id, reason: text, toUserId: toUserId ?? '' }, o);
        return call('tickets.requestMaterials', { ticketId: id, materials: materialLines(text) }, o);
      },
      COMPOSER[current].done,
    );
    if (ok) {
      setText('');
      setToUserId(null);
    }
  };

  return (
    <View className="page staff-ticket">
      <StateView
        status={entry?.status ?? 'loading'}
        error={entry?.error ?? null}
        isEmpty={!ticket}
        emptyText="工单不存在"
        onRetry={() => void details.load(id)}
      >
        {ticket && (
          <>
            <View className="staff-ticket__hero">
              <Text className="staff-ticket__title">{ticket.categoryName}</Text>
              <TicketStatusTag status={ticket.status} />
            </View>
            <SlaPanel sla={ticket.sla} escalation={ticket.escalation} />
            {ticket.can.accept && (
              <Button className="form__submit" loading={action.busy === 'accept'} onClick={accept}>
                受理
              </Button>
            )}
            {current && (
              <Section title="办理">
                <View className="form__chips staff-ticket__modes">
                  {modes.map((m) => (
                    <Text
                      {...TEXT_BUTTON}
                      key={m}
                      data-mode={m}
                      className={`chip ${current === m ? 'chip--on' : ''}`}
                      onClick={() => setMode(m)}
                    >
                      {COMPOSER[m].label}
                    </Text>
                  ))}
                </View>
                {handingOver && (
                  <Picker
                    mode="selector"
                    range={[
                      current === 'transfer' ? '不指定，重新分派' : '请选择同事',
                      ...colleagues.map((c) => `${c.name}（${c.title}）`),
                    ]}
                    value={Math.max(0, colleagues.findIndex((c) => c.userId === toUserId) + 1)}
                    onChange={(e) => setToUserId(colleagues[Number(e.detail.value) - 1]?.userId ?? null)}
                  >
                    <View className="form__picker staff-ticket__to">
                      {colleagues.find((c) => c.userId === toUserId)?.name ??
                        (current === 'transfer' ? '不指定，重新分派' : '请选择同事')}{' '}
                      ›
                    </View>
                  </Picker>
                )}
                <Textarea
                  className="form__textarea"
                  value={text}
                  maxlength={1000}
                  placeholder={COMPOSER[current].placeholder}
                  onInput={(e) => setText(e.detail.value)}
                />
                {action.fieldError && <Text className="field-error">{action.fieldError.message}</Text>}
                <Button className="form__submit" loading={action.busy === current} onClick={() => void send()}>
                  {COMPOSER[current].button}
                </Button>
              </Section>
            )}
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
            <Section title="申请信息">
              <TicketFacts ticket={ticket} />
              <AttachmentList files={ticket.attachments} onOpen={(f) => void open(f)} />
            </Section>
            <Section title="办理记录">
              <TicketTimeline lines={timeline.lines} onOpen={(f) => void open(f)} />
              <TimelineEarlier timeline={timeline} />
            </Section>
          </>
        )}
      </StateView>
    </View>
  );
}
